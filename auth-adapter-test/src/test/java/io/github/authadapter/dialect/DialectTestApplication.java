package io.github.authadapter.dialect;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with the starter's auto-configuration and nothing else.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DialectTestApplication {

}
