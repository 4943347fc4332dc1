package io.github.authadapter.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends a browser that asks for a protected page to the sign-in page, with the page as {@code callbackUrl}; answers
 * other requests, such as API calls, with 401.
 */
public class SignInRedirectEntryPoint implements AuthenticationEntryPoint {

	private final String signInPage;

	public SignInRedirectEntryPoint(String signInPage) {
		this.signInPage = signInPage;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (!isPageRequest(request)) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String callbackUrl = (request.getQueryString() != null) ? path + "?" + request.getQueryString() : path;
		String separator = this.signInPage.contains("?") ? "&" : "?";
		response.sendRedirect(request.getContextPath() + this.signInPage + separator + "callbackUrl="
				+ URLEncoder.encode(callbackUrl, StandardCharsets.UTF_8));
	}

	private static boolean isPageRequest(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
