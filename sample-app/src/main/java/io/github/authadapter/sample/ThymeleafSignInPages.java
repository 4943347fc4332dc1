package io.github.authadapter.sample;

import java.util.HashMap;
import java.util.Map;

import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.oauth.OAuthSignInPages;
import io.github.authadapter.session.SessionAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders the starter's sign-in pages with the application's templates, so that they look like the rest of it.
 */
@Component
class ThymeleafSignInPages implements EmailSignInPages, OAuthSignInPages {

	private final SpringTemplateEngine templates;

	private final boolean dev;

	private final SignInProviders providers;

	ThymeleafSignInPages(SpringTemplateEngine templates, Environment environment, SignInProviders providers) {
		this.templates = templates;
		this.dev = environment.matchesProfiles("dev");
		this.providers = providers;
	}

	@Override
	public String signIn(SignInForm form) {
		return render("sign-in", Map.of("form", form, "providers", this.providers.all()));
	}

	@Override
	public String verifyRequest(String signInUrl) {
		return render("check-email", Map.of());
	}

	@Override
	public String confirm(ConfirmForm form) {
		return render("confirm", Map.of("form", form));
	}

	@Override
	public String error(EmailSignInPages.ErrorPage error) {
		return render("sign-in-error", Map.of("error", error));
	}

	@Override
	public String error(OAuthSignInPages.ErrorPage error) {
		return render("sign-in-error", Map.of("error", error, "oauth", true));
	}

	private String render(String template, Map<String, Object> variables) {
		// A web context lets the templates write links relative to the servlet context, as the other pages do.
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		Map<String, Object> all = new HashMap<>(variables);
		all.put("dev", this.dev);
		all.put("signedIn",
				SecurityContextHolder.getContext().getAuthentication() instanceof SessionAuthentication);
		JakartaServletWebApplication application = JakartaServletWebApplication
			.buildApplication(request.getServletContext());
		return this.templates.process(template, new WebContext(application.buildExchange(request,
				current.getResponse()), request.getLocale(), all));
	}

}
