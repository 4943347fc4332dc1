package io.github.authadapter.email;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.Adapter;
import io.github.authadapter.session.SessionTestApplication;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import io.github.authadapter.web.AuthAdapterHttpConfigurer;
import io.github.authadapter.web.AuthRoutes;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application changes a piece of the email sign-in with Spring Security's standard
 * {@code http.oneTimeTokenLogin(...)} after applying {@link AuthAdapterHttpConfigurer}: here it delivers the tokens
 * itself, and the starter's token service, routes and sign-in stay.
 */
@SpringBootTest(classes = { SessionTestApplication.class, OneTimeTokenLoginCustomizationTests.OwnDelivery.class },
		properties = { "spring.datasource.url=jdbc:h2:mem:ott-customization-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.url=http://localhost" })
@AutoConfigureMockMvc
class OneTimeTokenLoginCustomizationTests {

	static final List<OneTimeToken> delivered = new CopyOnWriteArrayList<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	Adapter adapter;

	@Autowired
	RecordingMagicLinkSender sender;

	@Test
	void theApplicationsTokenHandlerDeliversAndTheStartersSignInUsesTheToken() throws Exception {
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		String csrfToken = JsonPath.read(csrf.getResponse().getContentAsString(), "$.csrfToken");
		Cookie csrfCookie = csrf.getResponse().getCookie("authjs.csrf-token");

		this.mvc.perform(post("/api/auth/signin/email").cookie(csrfCookie)
			.param("csrfToken", csrfToken)
			.param("email", " Own@Example.com "))
			.andExpect(status().isAccepted())
			.andExpect(content().string("sent by SMS"));

		OneTimeToken token = delivered.get(delivered.size() - 1);
		assertThat(token.getUsername()).isEqualTo("own@example.com");
		assertThat(this.sender.count()).isZero();
		MvcResult signedIn = this.mvc
			.perform(post("/api/auth/callback/email").cookie(csrfCookie)
				.param("csrfToken", csrfToken)
				.param("email", token.getUsername())
				.param("token", token.getTokenValue()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/"))
			.andReturn();
		Cookie session = signedIn.getResponse().getCookie("authjs.session-token");
		assertThat(session).isNotNull();
		assertThat(this.adapter.getSessionAndUser(session.getValue()).orElseThrow().user().email())
			.isEqualTo("own@example.com");
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDelivery {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(AuthRoutes.ALL)
				.permitAll()
				.anyRequest()
				.authenticated());
			http.with(AuthAdapterHttpConfigurer.authAdapter(), Customizer.withDefaults());
			http.oneTimeTokenLogin((ott) -> ott.tokenGenerationSuccessHandler((request, response, token) -> {
				delivered.add(token);
				response.setStatus(202);
				response.getWriter().write("sent by SMS");
			}));
			return http.build();
		}

	}

}
