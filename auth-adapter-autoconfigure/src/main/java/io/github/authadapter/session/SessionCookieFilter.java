package io.github.authadapter.session;

import io.github.authadapter.web.SignInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the filters of every kind of session cookie share: they sign a request in only when nothing earlier did, and
 * a request they sign in keeps its authentication for the request alone, never in an HTTP session.
 */
public abstract class SessionCookieFilter extends OncePerRequestFilter {

	private SecurityContextHolderStrategy securityContextHolderStrategy = SecurityContextHolder
		.getContextHolderStrategy();

	private SecurityContextRepository securityContextRepository = new RequestAttributeSecurityContextRepository();

	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy securityContextHolderStrategy) {
		this.securityContextHolderStrategy = securityContextHolderStrategy;
	}

	public void setSecurityContextRepository(SecurityContextRepository securityContextRepository) {
		this.securityContextRepository = securityContextRepository;
	}

	/**
	 * Whether the request is signed in already, by an earlier filter.
	 */
	protected final boolean isSignedIn() {
		Authentication current = this.securityContextHolderStrategy.getContext().getAuthentication();
		return current != null && current.isAuthenticated();
	}

	/**
	 * Puts the authentication of the cookie's session into the security context of this request.
	 */
	protected final void signIn(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContext context = this.securityContextHolderStrategy.createEmptyContext();
		context.setAuthentication(authentication);
		this.securityContextHolderStrategy.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
		// A sign-in later in the chain replaces the context, and needs to know who was signed in.
		request.setAttribute(SignInSessions.SIGNED_IN_ATTRIBUTE, authentication);
	}

}
