package io.github.authadapter.firewall;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a request whose path, query or form Spring or the servlet container cannot decode, such as
 * {@code /account;x=%zz} or {@code ?callbackUrl=%c0%af}, instead of the 500 or the logged stack trace that the first
 * filter or controller to parse it would cause.
 *
 * <p>
 * Tomcat removes path parameters ({@code ;x=...}) before it decodes the path, so it lets a bad escape in them
 * through; Spring's {@code ServletRequestPathFilter} then fails to decode it with an {@link IllegalArgumentException}.
 * Spring Security runs that filter before its {@code FilterChainProxy}, so neither an {@code HttpFirewall} nor a
 * {@code RequestRejectedHandler} ever sees the request, and Tomcat has no setting for it. This filter therefore runs
 * first and asks the same parser, {@link RequestPath#parse(String, String)}, rather than a decoder of its own, so that
 * it refuses exactly the paths that would fail later and changes nothing for the others.
 *
 * <p>
 * A bad escape in the query or a form body fails later, when the first filter or controller asks for a parameter:
 * the container then throws an {@link IllegalStateException} (Tomcat's {@code InvalidParameterException}), answers
 * 400 but logs it at error level with its stack trace. So this filter also asks for the parameters first, which
 * Spring Security's CSRF filter does for every form anyway. Multipart bodies are left alone: their size limits are
 * Spring MVC's to report. A form that Spring reads itself, of a PUT, PATCH or DELETE, fails in its own filter; the
 * {@link HttpMessageNotReadableException} it throws is answered here.
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

	/**
	 * The body of the answer.
	 */
	public static final String MESSAGE = "Bad request: the address or the form is malformed.";

	private static final Log logger = LogFactory.getLog(MalformedRequestFilter.class);

	private static final int LOGGED_LENGTH = 200;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		// Only a percent escape fails to decode, and only path parameters can put the context path out of line: a
		// path with neither, as nearly all are, is not parsed on every request a second time.
		if (uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) {
			try {
				RequestPath.parse(uri, request.getContextPath());
			}
			catch (IllegalArgumentException ex) {
				refuse(request, response, "path");
				return;
			}
		}
		if (!isMultipart(request)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				refuse(request, response, "query or form");
				return;
			}
		}
		try {
			chain.doFilter(request, response);
		}
		catch (HttpMessageNotReadableException ex) {
			// Spring's FormContentFilter parses the form of a PUT, PATCH or DELETE itself, after this filter, and
			// throws this for a bad escape, which no exception resolver sees there.
			if (response.isCommitted()) {
				throw ex;
			}
			refuse(request, response, "form");
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String part)
			throws IOException {
		// The path only, never the query, the form or the container's message, which may quote a token.
		if (logger.isDebugEnabled()) {
			String path = request.getRequestURI();
			logger.debug("Refused a request with a malformed " + part + ": "
					+ ((path.length() > LOGGED_LENGTH) ? path.substring(0, LOGGED_LENGTH) + "..." : path));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		response.getWriter().println(MESSAGE);
	}

}
