package io.github.authadapter.autoconfigure;

import io.github.authadapter.Adapter;
import io.github.authadapter.AuthenticatorUses;
import io.github.authadapter.passkey.AdapterUserCredentialRepository;
import io.github.authadapter.passkey.AdapterUserEntityRepository;
import io.github.authadapter.passkey.AuthJsRelyingPartyOperations;
import io.github.authadapter.passkey.PasskeyHttpCustomizer;
import io.github.authadapter.passkey.PasskeySignInSuccessHandler;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Auto-configuration of passkeys on Spring Security's {@code webAuthn()}, stored in Auth.js's Authenticator table,
 * when {@code spring-security-webauthn} is on the class path and {@code auth.adapter.passkeys.enabled=true}.
 */
@AutoConfiguration(after = AuthAdapterSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Webauthn4JRelyingPartyOperations.class)
@ConditionalOnBean({ Adapter.class, SignInSessions.class, AuthAdapterClock.class })
@ConditionalOnBooleanProperty("auth.adapter.passkeys.enabled")
@EnableConfigurationProperties(AuthAdapterPasskeyProperties.class)
public final class AuthAdapterPasskeyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(UserCredentialRepository.class)
	AdapterUserCredentialRepository authAdapterUserCredentialRepository(Adapter adapter,
			ObjectProvider<TransactionOperations> transactions, ObjectProvider<AuthenticatorUses> uses) {
		return new AdapterUserCredentialRepository(adapter,
				transactions.getIfUnique(TransactionOperations::withoutTransaction),
				uses.getIfAvailable(() -> AuthenticatorUses.NONE));
	}

	@Bean
	@ConditionalOnMissingBean(PublicKeyCredentialUserEntityRepository.class)
	AdapterUserEntityRepository authAdapterUserEntityRepository(Adapter adapter) {
		return new AdapterUserEntityRepository(adapter);
	}

	/**
	 * Spring Security's operations for registration, with the authentication of the credentials Auth.js stores.
	 */
	@Bean
	@ConditionalOnMissingBean
	WebAuthnRelyingPartyOperations authAdapterRelyingPartyOperations(AuthAdapterPasskeyProperties properties,
			PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository userCredentials,
			AuthAdapterClock clock) {
		PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.builder()
			.id(properties.requiredRpId())
			.name(properties.getRpName())
			.build();
		Webauthn4JRelyingPartyOperations registration = new Webauthn4JRelyingPartyOperations(userEntities,
				userCredentials, rp, properties.requiredAllowedOrigins());
		return new AuthJsRelyingPartyOperations(registration, userEntities, userCredentials,
				properties.requiredAllowedOrigins(), clock.clock());
	}

	@Bean
	@ConditionalOnMissingBean
	PasskeySignInSuccessHandler authAdapterPasskeySignInSuccessHandler(Adapter adapter, SignInSessions sessions,
			ObjectProvider<SignInTransaction> transaction) {
		return new PasskeySignInSuccessHandler(adapter, sessions,
				transaction.getIfAvailable(() -> SignInTransaction.of(TransactionOperations.withoutTransaction())));
	}

	@Bean
	@ConditionalOnMissingBean
	PasskeyHttpCustomizer authAdapterPasskeyHttpCustomizer(AuthAdapterPasskeyProperties properties,
			PublicKeyCredentialUserEntityRepository userEntities, PasskeySignInSuccessHandler successHandler) {
		return new PasskeyHttpCustomizer(properties.requiredRpId(), properties.getRpName(),
				properties.requiredAllowedOrigins(), userEntities, successHandler);
	}

}
