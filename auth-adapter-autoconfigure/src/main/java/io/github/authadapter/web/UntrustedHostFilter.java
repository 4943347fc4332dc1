package io.github.authadapter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request to the starter's endpoints and sign-in pages with 400 when it comes from a host for which no link
 * may be built, before anything is stored or sent. Also warns once when the configured address is https but requests
 * arrive as plain http, because the cookies then lose their {@code Secure} flag.
 */
public class UntrustedHostFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(UntrustedHostFilter.class);

	private static final byte[] BODY = ("{\"error\":\"UntrustedHost\",\"message\":\"" + UntrustedHostException.MESSAGE
			+ ". Set auth.adapter.url or auth.adapter.trusted-hosts.\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final TrustedBaseUrl baseUrl;

	private final Set<String> pages;

	private final AtomicBoolean refusalLogged = new AtomicBoolean();

	private final AtomicBoolean plainHttpWarned = new AtomicBoolean();

	/**
	 * Creates the filter.
	 * @param pages the paths of the sign-in pages outside {@value AuthRoutes#BASE_PATH} to guard as well
	 */
	public UntrustedHostFilter(TrustedBaseUrl baseUrl, Set<String> pages) {
		this.baseUrl = baseUrl;
		this.pages = Set.copyOf(pages);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// The decoded path, as Spring MVC matches it, so that an encoded path cannot slip past.
		// Without a path info, as behind the DispatcherServlet, no new string on every request.
		String path = (request.getPathInfo() != null) ? request.getServletPath() + request.getPathInfo()
				: request.getServletPath();
		return !path.equals(AuthRoutes.BASE_PATH) && !path.startsWith(AuthRoutes.BASE_PATH + "/")
				&& !this.pages.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.baseUrl.trusts(request)) {
			// Once at WARN, so that a missing setting shows, and then at DEBUG, so that an attacker cannot flood the log.
			// The host is left out: it is the attacker's text.
			String message = "Refused a request for a host that is not trusted; set auth.adapter.url, or add the "
					+ "host to auth.adapter.trusted-hosts if it is yours";
			if (this.refusalLogged.compareAndSet(false, true)) {
				logger.warn(message);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug(message);
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Cache-Control", "no-store");
			response.setContentLength(BODY.length);
			response.getOutputStream().write(BODY);
			return;
		}
		if (!request.isSecure() && this.baseUrl.configuredAsHttps() && this.plainHttpWarned.compareAndSet(false, true)) {
			logger.warn("auth.adapter.url is https, but a request arrived as plain http, so cookies are sent without "
					+ "their Secure flag. Behind a proxy that ends TLS, set server.forward-headers-strategy=native "
					+ "(or framework) so that the application sees the original scheme");
		}
		chain.doFilter(request, response);
	}

}
