package io.github.authadapter.email;

import java.io.IOException;

import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers with 429 a request for a sign-in link that the rate limits refused. Spring Security's
 * {@code GenerateOneTimeTokenFilter}, which asks the {@link AuthJsOneTimeTokenService} for the token, lets the
 * refusal through, and no controller is there to handle it. The log line names neither the address nor any token.
 */
public final class TooManyLinksFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(TooManyLinksFilter.class);

	private final EmailSignInAnswers answers;

	public TooManyLinksFilter(EmailSignInAnswers answers) {
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (SignInLinkRateLimitException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			logger.debug("Sign-in link refused: " + ex.getMessage());
			this.answers.tooManyLinks(request, response, ex);
		}
	}

}
