package io.github.authadapter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 403, a state-changing request that a browser sent from a page of another origin, before the CSRF
 * token is even looked at. This stops login CSRF from a sibling subdomain that could plant a CSRF cookie.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(CrossSiteRequestFilter.class);

	private final SameOriginPolicy policy;

	CrossSiteRequestFilter(SameOriginPolicy policy) {
		this.policy = policy;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.policy.allows(request) || CrossSitePosts.allowed(request)) {
			chain.doFilter(request, response);
			return;
		}
		logger.debug("Refused a cross-site " + request.getMethod() + " request");
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getWriter()
			.write("Refused: this request came from a page of another site. Only pages of "
					+ this.policy.expectedOrigin(request) + " may send it.\n");
	}

}
