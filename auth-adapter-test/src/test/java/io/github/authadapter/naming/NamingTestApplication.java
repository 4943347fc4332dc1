package io.github.authadapter.naming;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with the starter's default entities only.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class NamingTestApplication {

}
