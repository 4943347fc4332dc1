package io.github.authadapter.test.oauth;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Twitch's token responses for the clients named: the granted scopes as a JSON array, where RFC 6749 and Spring
 * Authorization Server write one string with the scopes separated by spaces.
 */
final class ScopeArrayTokenResponse implements Filter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> clientIds;

	ScopeArrayTokenResponse(List<String> clientIds) {
		this.clientIds = List.copyOf(clientIds);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		// Twitch's clients authenticate with client_secret_post, so their id is a parameter; the others may send none.
		String clientId = request.getParameter("client_id");
		if (!((HttpServletRequest) request).getRequestURI().equals("/oauth2/token") || clientId == null
				|| !this.clientIds.contains(clientId)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper((HttpServletResponse) response);
		chain.doFilter(request, answer);
		JsonNode body = (answer.getContentSize() > 0) ? JSON.readTree(answer.getContentAsByteArray()) : null;
		if (body instanceof ObjectNode object && object.path("scope").isString()) {
			String granted = object.path("scope").asString();
			ArrayNode scopes = object.putArray("scope");
			for (String scope : granted.split(" ")) {
				scopes.add(scope);
			}
			answer.resetBuffer();
			answer.getOutputStream().write(JSON.writeValueAsBytes(object));
		}
		answer.copyBodyToResponse();
	}

}
