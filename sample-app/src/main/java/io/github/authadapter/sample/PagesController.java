package io.github.authadapter.sample;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionDevice;
import io.github.authadapter.email.EmailSignInController;
import io.github.authadapter.oauth.LastSignInMethodException;
import io.github.authadapter.session.ActiveSession;
import io.github.authadapter.session.ActiveSessions;
import io.github.authadapter.session.AdapterSessionAuthentication;
import io.github.authadapter.session.SessionAuthentication;
import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.web.CallbackUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a person sees: home with the sign-in form, "check your email", and the account page.
 */
@Controller
class PagesController {

	private final ActiveSessions activeSessions;

	private final SignInProviders providers;

	private final Adapter adapter;

	private final boolean passkeys;

	PagesController(ActiveSessions activeSessions, SignInProviders providers, Adapter adapter,
			@Value("${auth.adapter.passkeys.enabled:false}") boolean passkeys) {
		this.activeSessions = activeSessions;
		this.providers = providers;
		this.adapter = adapter;
		this.passkeys = passkeys;
	}

	@GetMapping("/")
	String home(@Nullable SessionAuthentication authentication, HttpServletRequest request,
			@RequestParam(required = false) @Nullable String callbackUrl,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(defaultValue = "false") boolean signedOut,
			@RequestParam(defaultValue = "false") boolean signedOutElsewhere,
			@RequestParam(defaultValue = "false") boolean passkeyError, Model model) {
		model.addAttribute("user", (authentication != null) ? authentication.getPrincipal() : null);
		model.addAttribute("callbackUrl", CallbackUrl.sameSite((callbackUrl != null) ? callbackUrl : "/account"));
		boolean invalidEmail = EmailSignInController.INVALID_EMAIL_ERROR.equals(error);
		model.addAttribute("invalidEmail", invalidEmail);
		// The refused address, to correct it rather than type it again.
		model.addAttribute("email", (invalidEmail && email != null) ? email : "");
		model.addAttribute("signedOut", signedOut && authentication == null);
		// A session cookie that signs no one in: this browser's session was ended from another one.
		model.addAttribute("signedOutElsewhere",
				authentication == null && (signedOutElsewhere || SessionCookies.read(request).isPresent()));
		model.addAttribute("providers", this.providers.all());
		model.addAttribute("passkeys", this.passkeys);
		model.addAttribute("passkeyError", passkeyError);
		model.addAttribute("devProvider", this.providers.all()
			.stream()
			.anyMatch((provider) -> provider.id().equals(InkwellIdDevProvider.REGISTRATION_ID)));
		model.addAttribute("devProviderLogin",
				"user " + InkwellIdDevProvider.USERNAME + ", password " + InkwellIdDevProvider.PASSWORD);
		return "home";
	}

	/**
	 * Where Spring Security's passkey script goes when a passkey sign-in fails: back home, saying so.
	 */
	@GetMapping("/login")
	String passkeySignInFailed() {
		return "redirect:/?passkeyError=true";
	}

	@GetMapping("/check-email")
	String checkEmail() {
		return "check-email";
	}

	@GetMapping("/account")
	String account(SessionAuthentication authentication,
			@RequestParam(required = false) @Nullable String error, Model model) {
		AdapterUser user = authentication.getPrincipal();
		String userId = authentication.getName();
		String displayName = (user.name() != null) ? user.name() : (user.email() != null) ? user.email() : "?";
		model.addAttribute("user", user);
		model.addAttribute("initial", displayName.substring(0, 1));
		model.addAttribute("emailVerified",
				(user.emailVerified() != null) ? DisplayTimes.format(user.emailVerified()) : null);
		model.addAttribute("accounts", this.providers.accountsOf(user));
		model.addAttribute("connectable", this.providers.notLinkedTo(user));
		model.addAttribute("lastSignInMethod", LastSignInMethodException.ERROR_CODE.equals(error));
		model.addAttribute("passkeys", this.passkeys);
		model.addAttribute("passkeyCount", this.passkeys ? this.adapter.listAuthenticatorsByUserId(userId).size() : 0);
		// A JWT session has no row: then the list shows the user's database sessions, none of them this browser's.
		String currentToken = (authentication instanceof AdapterSessionAuthentication database)
				? database.getSession().sessionToken() : "";
		model.addAttribute("sessions", this.activeSessions.list(userId, currentToken)
			.stream()
			.map(SessionRow::of)
			.toList());
		return "account";
	}

	/**
	 * A session as the account page lists it.
	 *
	 * @param id the public id of the session
	 * @param expires when it expires, for display
	 * @param current whether it is the session of this browser
	 * @param device the browser's User-Agent at sign-in, text for display only, or null
	 * @param started when it signed in and was last used, for display, or null where the schema keeps no devices
	 */
	record SessionRow(String id, String expires, boolean current, @Nullable String device, @Nullable String started) {

		static SessionRow of(ActiveSession session) {
			SessionDevice device = session.device();
			String started = (device != null && device.startedAt() != null && device.lastUsedAt() != null)
					? "Signed in " + DisplayTimes.format(device.startedAt()) + ", last used "
							+ DisplayTimes.format(device.lastUsedAt())
					: null;
			return new SessionRow(session.id(), DisplayTimes.format(session.expires()), session.current(),
					(device != null) ? device.userAgent() : null, started);
		}

	}

}
