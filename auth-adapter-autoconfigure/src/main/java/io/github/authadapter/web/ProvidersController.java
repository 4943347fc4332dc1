package io.github.authadapter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Auth.js's {@code GET /api/auth/providers}, which its client's {@code getProviders()} reads to draw sign-in buttons:
 * each sign-in method by id, with its name, type and the addresses to sign in and to come back to. Answers 404 when
 * no sign-in method is on.
 */
@Controller
public class ProvidersController {

	/**
	 * The path of the endpoint.
	 */
	public static final String PATH = AuthRoutes.BASE_PATH + "/providers";

	private final TrustedBaseUrl baseUrl;

	private final List<SignInProviders> providers;

	public ProvidersController(TrustedBaseUrl baseUrl, List<SignInProviders> providers) {
		this.baseUrl = baseUrl;
		this.providers = List.copyOf(providers);
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public ResponseEntity<Map<String, ProviderJson>> providers(HttpServletRequest request) {
		String authUrl = this.baseUrl.resolve(request) + AuthRoutes.BASE_PATH;
		Map<String, ProviderJson> json = new LinkedHashMap<>();
		for (SignInProviders source : this.providers) {
			for (SignInProviders.Provider provider : source.list()) {
				json.put(provider.id(), new ProviderJson(provider.id(), provider.name(), provider.type(),
						authUrl + "/signin/" + provider.id(), authUrl + "/callback/" + provider.id()));
			}
		}
		return ResponseEntity.status(json.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json);
	}

	/**
	 * One provider as Auth.js's {@code getProviders()} reads it, written by Spring MVC's JSON converter in the order
	 * of its fields.
	 *
	 * @param id the provider's id
	 * @param name the name to show
	 * @param type {@code email}, {@code oauth}, {@code oidc} or a type of the application's own
	 * @param signinUrl where sign-in with it starts
	 * @param callbackUrl where it returns to
	 */
	public record ProviderJson(String id, String name, String type, String signinUrl, String callbackUrl) {
	}

}
