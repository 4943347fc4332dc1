package io.github.authadapter.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Auth.js's {@code X-Auth-Return-Redirect}: its browser client's {@code signIn()} and {@code signOut()} send the
 * header and read where to go from a JSON {@code {"url": ...}}, instead of following a redirect that {@code fetch}
 * cannot show.
 */
public final class ReturnRedirect {

	/**
	 * The request header with which a client asks for the redirect as JSON.
	 */
	public static final String HEADER = "X-Auth-Return-Redirect";

	private ReturnRedirect() {
	}

	/**
	 * Whether the request asks for its redirect as JSON.
	 */
	public static boolean requested(HttpServletRequest request) {
		return request.getHeader(HEADER) != null;
	}

	/**
	 * Answers with {@code {"url": ...}} and the given status, for code that runs before Spring MVC.
	 * @param url the absolute URL, as Auth.js gives it
	 */
	public static void send(HttpServletResponse response, int status, String url) throws IOException {
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		byte[] body = JsonMapper.shared().writeValueAsBytes(new Json(url));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The body, for controllers to return.
	 *
	 * @param url where the client goes next
	 */
	public record Json(String url) {
	}

}
