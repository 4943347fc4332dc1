package io.github.authadapter.test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with nothing but Spring Boot's auto-configuration and the starter, its security and its email
 * sign-in, as a user would start it: what the suites run unless a subclass adds configuration of its own.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class StarterApplication {

}
