package io.github.authadapter.oauthflow;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with nothing but the starter and Spring Boot's OAuth 2 client: the starter's default filter chain
 * and pages serve sign-in.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class OAuthFlowApplication {

}
