package io.github.authadapter.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Adds a sign-in method, such as OAuth, to every filter chain that applies {@link AuthAdapterHttpConfigurer}. Beans of
 * this type are applied in order when the configurer is applied to the chain, so that the application's own
 * configuration of the chain after that has the last word.
 */
@FunctionalInterface
public interface AuthAdapterHttpCustomizer {

	void customize(HttpSecurity http);

}
