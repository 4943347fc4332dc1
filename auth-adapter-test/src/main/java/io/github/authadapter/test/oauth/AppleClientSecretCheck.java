package io.github.authadapter.test.oauth;

import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Apple's check of a client secret at the token endpoint, for the client registered with
 * {@link TestAuthorizationServer.Builder#appleClient}: the {@code client_secret} must be an ES256 JWT signed with the
 * key of the key id, issued by the team for the client, for Apple, and valid now for six months at the most. Such a
 * secret is then handed to Spring Authorization Server as the client's registered one; anything else is refused with
 * {@code invalid_client}, as Apple refuses it.
 */
final class AppleClientSecretCheck implements Filter {

	private static final Duration MAX_LIFETIME = Duration.ofSeconds(15_777_000);

	private final TestAuthorizationServer.AppleKey key;

	private final String registeredSecret;

	private final AtomicInteger verified;

	AppleClientSecretCheck(TestAuthorizationServer.AppleKey key, String registeredSecret, AtomicInteger verified) {
		this.key = key;
		this.registeredSecret = registeredSecret;
		this.verified = verified;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		if (!http.getRequestURI().equals("/oauth2/token") || !this.key.clientId().equals(http.getParameter("client_id"))) {
			chain.doFilter(request, response);
			return;
		}
		String refusal = refusal(http.getParameter("client_secret"));
		if (refusal != null) {
			HttpServletResponse httpResponse = (HttpServletResponse) response;
			httpResponse.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			httpResponse.setContentType("application/json");
			httpResponse.getWriter().write("{\"error\":\"invalid_client\",\"error_description\":\"" + refusal + "\"}");
			return;
		}
		this.verified.incrementAndGet();
		chain.doFilter(withSecret(http), response);
	}

	private String refusal(String secret) {
		if (secret == null) {
			return "no client_secret";
		}
		try {
			SignedJWT jwt = SignedJWT.parse(secret);
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			Instant now = Instant.now();
			if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
					|| !this.key.keyId().equals(jwt.getHeader().getKeyID())
					|| !jwt.verify(new ECDSAVerifier(this.key.publicKey()))) {
				return "not signed with the key";
			}
			if (!this.key.teamId().equals(claims.getIssuer()) || !this.key.clientId().equals(claims.getSubject())
					|| !claims.getAudience().equals(List.of("https://appleid.apple.com"))) {
				return "wrong iss, sub or aud";
			}
			if (claims.getIssueTime() == null || claims.getExpirationTime() == null
					|| !claims.getExpirationTime().toInstant().isAfter(now)
					|| claims.getIssueTime().toInstant().isAfter(now.plusSeconds(60))
					|| Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())
						.compareTo(MAX_LIFETIME) > 0) {
				return "expired, not yet valid or valid for too long";
			}
			return null;
		}
		catch (ParseException | JOSEException ex) {
			return "not a JWT";
		}
	}

	private HttpServletRequest withSecret(HttpServletRequest request) {
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		parameters.put("client_secret", new String[] { this.registeredSecret });
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				String[] values = parameters.get(name);
				return (values != null && values.length > 0) ? values[0] : null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Collections.unmodifiableMap(parameters);
			}

			@Override
			public String[] getParameterValues(String name) {
				return parameters.get(name);
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(parameters.keySet());
			}

		};
	}

}
