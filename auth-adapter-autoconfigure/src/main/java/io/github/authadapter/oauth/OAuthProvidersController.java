package io.github.authadapter.oauth;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.authadapter.session.AuthRoutes;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Auth.js's {@code GET /api/auth/providers}, which its client's {@code getProviders()} reads to draw sign-in buttons:
 * each provider by id, with its name, type and the addresses to sign in and to come back to.
 */
@Controller
public class OAuthProvidersController {

	private final OAuthProviders providers;

	private final boolean emailSignInEnabled;

	/**
	 * Creates the controller.
	 * @param providers the OAuth providers
	 * @param emailSignInEnabled whether to list Auth.js's {@code email} provider as well
	 */
	public OAuthProvidersController(OAuthProviders providers, boolean emailSignInEnabled) {
		this.providers = providers;
		this.emailSignInEnabled = emailSignInEnabled;
	}

	@GetMapping(path = AuthRoutes.BASE_PATH + "/providers", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public ResponseEntity<String> providers(HttpServletRequest request) {
		String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
		StringBuilder json = new StringBuilder("{");
		List<OAuthProviders.Provider> all = this.providers.list();
		for (OAuthProviders.Provider provider : all) {
			append(json, provider.id(), provider.name(), provider.type(), baseUrl);
		}
		if (this.emailSignInEnabled) {
			append(json, "email", "Email", "email", baseUrl);
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.body(json.append('}').toString());
	}

	private static void append(StringBuilder json, String id, String name, String type, String baseUrl) {
		if (json.length() > 1) {
			json.append(',');
		}
		json.append(string(id))
			.append(":{\"id\":")
			.append(string(id))
			.append(",\"name\":")
			.append(string(name))
			.append(",\"type\":")
			.append(string(type))
			.append(",\"signinUrl\":")
			.append(string(baseUrl + OAuthRoutes.signIn(id)))
			.append(",\"callbackUrl\":")
			.append(string(baseUrl + OAuthRoutes.callback(id)))
			.append('}');
	}

	private static String string(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>' || c == '\u2028' || c == '\u2029') {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
