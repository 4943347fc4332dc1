package io.github.authadapter.oauthflow;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.authadapter.test.oauth.TestBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with GitHub sign-in and no email sign-in, on the starter's own pages. Nothing here reaches GitHub:
 * the test stops at the redirect to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OAuthOnlySignInPageTests {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"csrfToken\"[^>]*value=\"([^\"]*)\"");

	private ConfigurableApplicationContext app;

	private String appUrl;

	@BeforeAll
	void start() {
		this.app = new SpringApplicationBuilder(OAuthFlowApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:oauth-only-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--auth.adapter.secret=oauth-only-test-secret-of-32-bytes",
					"--auth.adapter.trusted-hosts=127.0.0.1,localhost", "--auth.adapter.email.enabled=false",
				"--spring.security.oauth2.client.registration.github.client-id=github-client-id",
				"--spring.security.oauth2.client.registration.github.client-secret=github-client-secret");
		this.appUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void protectedPagesLeadToASignInPageWithAButtonThatGoesToGitHubAsAuthJsWould() {
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response page = browser.follow(browser.get(this.appUrl + "/notes"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Sign in with GitHub", "action=\"/api/auth/signin/github\"",
				"name=\"callbackUrl\" value=\"/notes\"");
		Matcher csrf = CSRF_INPUT.matcher(page.body());
		assertThat(csrf.find()).isTrue();

		TestBrowser.Response toGitHub = browser.post(this.appUrl + "/api/auth/signin/github",
				Map.of("csrfToken", csrf.group(1), "callbackUrl", "/notes"));

		assertThat(toGitHub.status()).isEqualTo(302);
		assertThat(toGitHub.location()).startsWith("https://github.com/login/oauth/authorize?")
			.contains("scope=read:user%20user:email", "code_challenge_method=S256",
					"redirect_uri=" + this.appUrl + "/api/auth/callback/github");
	}

	@Test
	void answersAuthJsClientsThatAskForTheRedirectWithTheAddressOfGitHubAsJson() {
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response toGitHub = browser.postAsAuthJsClient(this.appUrl + "/api/auth/signin/github",
				Map.of("csrfToken", browser.csrfToken(this.appUrl), "callbackUrl", this.appUrl + "/notes"));

		assertThat(toGitHub.status()).isEqualTo(200);
		assertThat(toGitHub.body()).startsWith("{\"url\":\"https://github.com/login/oauth/authorize?")
			.contains("redirect_uri=" + this.appUrl + "/api/auth/callback/github");
	}

	@Test
	void servesAuthJsErrorPageWithTheOAuthCodesAndThoseOfEverySignInMethod() {
		TestBrowser.Response page = new TestBrowser().get(this.appUrl + "/api/auth/error?error=OAuthAccountNotLinked");

		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).contains("This email address already has an account");
		TestBrowser.Response verification = new TestBrowser().get(this.appUrl + "/api/auth/error?error=Verification");
		assertThat(verification.status()).isEqualTo(403);
		assertThat(verification.body()).contains("This sign-in link does not work");
	}

}
