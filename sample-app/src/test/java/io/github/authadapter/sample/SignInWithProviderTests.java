package io.github.authadapter.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestBrowser;
import io.github.authadapter.test.oauth.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inkwell with a sign-in provider: the button on the home page, the linked account on the account page, unlinking,
 * and the refusal to unlink the last way to sign in. The provider is a real OpenID Connect server on a random port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInWithProviderTests {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"csrfToken\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private TestAuthorizationServer server;

	private SampleAppWithProvider app;

	private String appUrl;

	@BeforeAll
	void start() {
		this.server = TestAuthorizationServer.builder()
			.user(new TestUser("nina", "nina-pw", 2001, "Nina", null, null))
			.user(new TestUser("oscar", "oscar-pw", 2002, "Oscar", "oscar@example.com", null))
			.user(new TestUser("pia", "pia-pw", 2003, "Pia", "pia@example.com", null))
			.user(new TestUser("quinn", "quinn-pw", 2004, "Quinn", null, null))
			.client("inkwell-id")
			.start();
		this.app = SampleAppWithProvider.start(this.server);
		this.appUrl = this.app.url();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void theHomePageHasAButtonForTheProvider() {
		TestBrowser.Response home = new TestBrowser().get(this.appUrl + "/");

		assertThat(home.body()).contains("Continue with Inkwell ID", "action=\"/api/auth/signin/inkwell-id\"");
	}

	@Test
	void theAccountPageListsTheLinkedAccountAndRefusesToUnlinkTheOnlyWayToSignIn() {
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response account = signInWithTheButton(browser, "nina");

		assertThat(account.uri().getPath()).as(browser.history()).isEqualTo("/account");
		assertThat(account.body()).contains("Nina", "Inkwell ID", "oidc · nina");

		TestBrowser.Response refused = browser.follow(unlink(browser, account, "nina"));

		assertThat(refused.uri().toString()).isEqualTo(this.appUrl + "/account?error=LastSignInMethod");
		assertThat(refused.body()).contains("That account is your only way to sign in", "oidc · nina");
		assertThat(adapter().getAccount("inkwell-id", "nina")).isPresent();
	}

	@Test
	void aUserWithAnEmailAddressCanUnlinkTheProviderAndStillSignInByEmail() {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response account = signInWithTheButton(browser, "oscar");

		TestBrowser.Response unlinked = browser.follow(unlink(browser, account, "oscar"));

		assertThat(unlinked.uri().toString()).isEqualTo(this.appUrl + "/account");
		assertThat(unlinked.body()).contains("None yet. You sign in by email.", "Connect Inkwell ID");
		assertThat(adapter().getAccount("inkwell-id", "oscar")).isEmpty();
	}

	@Test
	void theAccountPageWorksWhenAStoredTokenCannotBeDecrypted() {
		TestBrowser browser = new TestBrowser();
		assertThat(signInWithTheButton(browser, "quinn").body()).contains("oidc · quinn");
		JdbcTemplate jdbc = new JdbcTemplate(this.app.getBean(DataSource.class));
		// Another key id: a token that no configured key decrypts.
		assertThat(jdbc.update("UPDATE accounts SET access_token = REPLACE(access_token, 'enc:v2:1:', 'enc:v2:lost:')"
				+ " WHERE \"providerAccountId\" = 'quinn'")).isOne();

		TestBrowser.Response account = browser.get(this.appUrl + "/account");

		assertThat(account.status()).isEqualTo(200);
		assertThat(account.body()).contains("Quinn", "Inkwell ID", "oidc · quinn");
	}

	@Test
	void anEmailAddressThatAlreadyHasAnAccountGetsTheAppsOwnErrorPage() {
		adapter().createUser(AdapterUser.withEmail("pia@example.com"));
		TestBrowser browser = new TestBrowser();

		TestBrowser.Response error = signInWithTheButton(browser, "pia");

		assertThat(error.uri().getPath()).isEqualTo("/api/auth/error");
		assertThat(error.status()).isEqualTo(403);
		assertThat(error.body()).contains("Inkwell", "This email address already has an account", "Back to sign in");
	}

	private TestBrowser.Response signInWithTheButton(TestBrowser browser, String username) {
		TestBrowser.Response home = browser.get(this.appUrl + "/");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("csrfToken", csrfToken(home.body()));
		form.put("callbackUrl", "/account");
		TestBrowser.Response response = browser
			.follow(browser.post(this.appUrl + "/api/auth/signin/inkwell-id", form));
		if (this.server.isLoginPage(response)) {
			response = this.server.logIn(browser, response, this.server.user(username));
		}
		return response;
	}

	private TestBrowser.Response unlink(TestBrowser browser, TestBrowser.Response accountPage,
			String providerAccountId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("csrfToken", csrfToken(accountPage.body()));
		form.put("provider", "inkwell-id");
		form.put("providerAccountId", providerAccountId);
		form.put("callbackUrl", "/account");
		return browser.post(this.appUrl + "/api/auth/accounts/unlink", form);
	}

	private Adapter adapter() {
		return this.app.getBean(Adapter.class);
	}

	private static String csrfToken(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		assertThat(input.find()).as("a csrfToken field").isTrue();
		Matcher value = VALUE.matcher(input.group());
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

}
