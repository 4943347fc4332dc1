package io.github.authadapter.autoconfigure;

import io.github.authadapter.encryption.TokenCipher;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cipher of the OAuth tokens of accounts. Imported by {@link AuthAdapterAutoConfiguration} rather than
 * auto-configured on its own, so that the adapter never starts without the encryption its properties ask for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthAdapterEncryptionProperties.class)
class TokenEncryptionConfiguration {

	/**
	 * Plaintext unless {@code auth.adapter.encryption.key} is set. Fails at startup on an unusable key, rather than
	 * at the first sign-in.
	 */
	@Bean
	@ConditionalOnMissingBean
	TokenCipher authAdapterTokenCipher(AuthAdapterEncryptionProperties properties) {
		return properties.toTokenCipher();
	}

}
