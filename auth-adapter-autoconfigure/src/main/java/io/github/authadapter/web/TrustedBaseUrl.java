package io.github.authadapter.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one source of the application's address for every link and redirect that the starter builds, such as the links
 * in sign-in emails and the OAuth {@code redirect_uri}: a request from a trusted host keeps its own address, any other
 * request gets the configured address, and a request that has neither is refused, because a link built from an
 * attacker's {@code Host} header would hand the attacker the token in it.
 */
public final class TrustedBaseUrl {

	private static final Log logger = LogFactory.getLog(TrustedBaseUrl.class);

	private final @Nullable String configured;

	private final List<TrustedHost> trustedHosts;

	private final boolean anyHost;

	private final AtomicBoolean anyHostWarned = new AtomicBoolean();

	private TrustedBaseUrl(@Nullable URI configured, List<TrustedHost> trustedHosts, boolean anyHost) {
		this.configured = (configured != null) ? withoutTrailingSlash(configured.toString()) : null;
		this.trustedHosts = List.copyOf(trustedHosts);
		this.anyHost = anyHost;
	}

	/**
	 * Links use the given address, except for requests from one of the trusted hosts.
	 * @param configured the address of the application, an absolute http or https URL
	 * @param trustedHosts hosts, optionally with {@code :port}, whose requests keep their own address
	 */
	public static TrustedBaseUrl of(@Nullable URI configured, List<String> trustedHosts) {
		return new TrustedBaseUrl(configured, trustedHosts.stream().map(TrustedHost::parse).toList(), false);
	}

	/**
	 * Every request keeps its own address: only for development, where no one else can send requests.
	 */
	public static TrustedBaseUrl anyHost() {
		return new TrustedBaseUrl(null, List.of(), true);
	}

	/**
	 * Whether links can be built for the request without a host that nobody configured.
	 */
	public boolean trusts(HttpServletRequest request) {
		return this.anyHost || this.configured != null || fromTrustedHost(request);
	}

	/**
	 * Whether the configured address is https, so that requests should arrive as https too.
	 */
	public boolean configuredAsHttps() {
		return this.configured != null && this.configured.startsWith("https:");
	}

	/**
	 * The address of the application for links and redirects made for the request, with the context path and
	 * without a trailing slash, such as {@code https://example.com}.
	 * @throws UntrustedHostException if the request is from a host that is not trusted and no address is configured
	 */
	public String resolve(HttpServletRequest request) {
		if (fromTrustedHost(request)) {
			return fromRequest(request);
		}
		if (this.configured != null) {
			return this.configured;
		}
		if (this.anyHost) {
			if (this.anyHostWarned.compareAndSet(false, true)) {
				logger.warn("auth.adapter.url is not set; links and redirects take the address of each request, "
						+ "which is only safe in the 'dev' profile");
			}
			return fromRequest(request);
		}
		throw new UntrustedHostException();
	}

	private boolean fromTrustedHost(HttpServletRequest request) {
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		return this.trustedHosts.stream().anyMatch((trusted) -> trusted.matches(host, port));
	}

	private static String fromRequest(HttpServletRequest request) {
		return withoutTrailingSlash(ServletUriComponentsBuilder.fromContextPath(request).toUriString());
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * A host whose requests keep their own address, on any port when none is given.
	 */
	private record TrustedHost(String host, int port) {

		static TrustedHost parse(String hostAndPort) {
			URI uri;
			try {
				uri = URI.create("http://" + hostAndPort.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'" + hostAndPort + "' is not a host name with an optional port");
			}
			if (uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
					|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException("'" + hostAndPort + "' is not a host name with an optional port, "
						+ "such as example.com or example.com:8443");
			}
			return new TrustedHost(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
		}

		boolean matches(String requestHost, int requestPort) {
			return this.host.equals(requestHost) && (this.port == -1 || this.port == requestPort);
		}

	}

}
