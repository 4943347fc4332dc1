package io.github.authadapter.test.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth 2.0 Form Post Response Mode for the authorization endpoint: when an authorization request asks for
 * {@code response_mode=form_post}, the redirect that would carry the answer in its query to the redirect URI becomes
 * a page that posts the same parameters there, as Apple's does, with Apple's {@code user} field the first time each
 * user answers a client.
 */
final class FormPostResponseMode implements Filter {

	private final Function<String, @Nullable TestUser> users;

	private final AtomicInteger answers;

	private final Set<String> answered = ConcurrentHashMap.newKeySet();

	FormPostResponseMode(Function<String, @Nullable TestUser> users, AtomicInteger answers) {
		this.users = users;
		this.answers = answers;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		String redirectUri = http.getParameter("redirect_uri");
		if (!http.getRequestURI().equals("/oauth2/authorize") || !"form_post".equals(http.getParameter("response_mode"))
				|| redirectUri == null) {
			chain.doFilter(request, response);
			return;
		}
		String clientId = http.getParameter("client_id");
		chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				if (!location.startsWith(redirectUri + "?")) {
					super.sendRedirect(location);
					return;
				}
				post((HttpServletResponse) getResponse(), redirectUri, answer(location, clientId));
			}

		});
	}

	private Map<String, String> answer(String location, String clientId) {
		Map<String, String> fields = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(URI.create(location))
			.build(true)
			.getQueryParams()
			.forEach((name, values) -> fields.put(name,
					URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		TestUser testUser = (user != null) ? this.users.apply(user.getName()) : null;
		if (fields.containsKey("code") && testUser != null && testUser.name() != null
				&& this.answered.add(clientId + " " + testUser.username())) {
			String[] names = testUser.name().split(" ", 2);
			fields.put("user", "{\"name\":{\"firstName\":\"" + names[0] + "\",\"lastName\":\""
					+ ((names.length > 1) ? names[1] : "") + "\"},\"email\":\"" + testUser.email() + "\"}");
		}
		return fields;
	}

	private void post(HttpServletResponse response, String redirectUri, Map<String, String> fields) throws IOException {
		this.answers.incrementAndGet();
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Submit this form</title></head>"
				+ "<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"")
			.append(HtmlUtils.htmlEscape(redirectUri))
			.append("\">");
		fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
			.append(HtmlUtils.htmlEscape(name))
			.append("\" value=\"")
			.append(HtmlUtils.htmlEscape(value))
			.append("\">"));
		html.append("<noscript><button type=\"submit\">Continue</button></noscript></form></body></html>");
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write(html.toString());
	}

}
