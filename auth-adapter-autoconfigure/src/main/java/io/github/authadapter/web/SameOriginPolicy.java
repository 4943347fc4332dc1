package io.github.authadapter.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Decides whether a state-changing request comes from the application's own pages, by the {@code Origin} header that
 * browsers send with it, or, when that is absent or {@code null}, by {@code Sec-Fetch-Site}. A request with neither, such as one from curl or
 * another server, is left to the CSRF token.
 */
public final class SameOriginPolicy {

	private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final Function<HttpServletRequest, @Nullable String> expectedOrigin;

	private SameOriginPolicy(Function<HttpServletRequest, @Nullable String> expectedOrigin) {
		this.expectedOrigin = expectedOrigin;
	}

	/**
	 * The policy of an application at the given address, such as {@code auth.adapter.url}.
	 * @param url the address of the application, or null to take the origin of each request
	 */
	public static SameOriginPolicy of(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return new SameOriginPolicy(SameOriginPolicy::requestOrigin);
		}
		String origin = originOf(url);
		if (origin == null) {
			throw new IllegalArgumentException("auth.adapter.url must be an absolute http or https address, such as "
					+ "https://example.com, but is '" + url + "'");
		}
		return new SameOriginPolicy((request) -> origin);
	}

	/**
	 * The policy of an application whose pages are at the address that the trusted base URL gives each request: its
	 * own for a trusted host, the configured one otherwise. A request for a host that is neither has no origin that
	 * a post could come from.
	 */
	public static SameOriginPolicy of(TrustedBaseUrl baseUrl) {
		return new SameOriginPolicy((request) -> {
			try {
				return originOf(baseUrl.resolve(request));
			}
			catch (UntrustedHostException ex) {
				return null;
			}
		});
	}

	/**
	 * Whether the request may go on: it changes nothing, or its browser says it comes from this origin, or it comes
	 * from no browser page at all.
	 */
	public boolean allows(HttpServletRequest request) {
		if (!STATE_CHANGING.contains(request.getMethod())) {
			return true;
		}
		String sent = request.getHeader("Origin");
		String site = request.getHeader("Sec-Fetch-Site");
		if (sent == null) {
			return !"cross-site".equalsIgnoreCase(site);
		}
		if ("null".equals(sent)) {
			// Browsers send "null" from sandboxed frames, data: pages and some cross-site redirects, but also from
			// this site's own pages under Referrer-Policy: no-referrer, as the starter's pages are. Sec-Fetch-Site,
			// which no page can set, tells them apart.
			return "same-origin".equalsIgnoreCase(site);
		}
		String normalised = originOf(sent);
		return normalised != null && normalised.equals(this.expectedOrigin.apply(request));
	}

	/**
	 * The origin that the request's {@code Origin} header must have.
	 */
	public String expectedOrigin(HttpServletRequest request) {
		String origin = this.expectedOrigin.apply(request);
		return (origin != null) ? origin : "";
	}

	private static @Nullable String requestOrigin(HttpServletRequest request) {
		return originOf(ServletUriComponentsBuilder.fromContextPath(request).toUriString());
	}

	/**
	 * Scheme, host and port, lower-cased and without the default port, or null when the text is no http(s) address.
	 */
	static @Nullable String originOf(String url) {
		try {
			URI uri = new URI(url.trim());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
			String host = uri.getHost();
			if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
				return null;
			}
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
					|| ("https".equals(scheme) && port == 443);
			return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
