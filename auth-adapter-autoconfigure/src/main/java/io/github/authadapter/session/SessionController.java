package io.github.authadapter.session;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.ReturnRedirect;
import io.github.authadapter.web.SignInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The session endpoints of Auth.js: {@code GET /api/auth/session}, {@code GET /api/auth/csrf} and
 * {@code POST /api/auth/signout} with its confirmation page at {@code GET}, plus
 * {@code POST /api/auth/sessions/revoke} to end one of the user's sessions.
 */
@Controller
public class SessionController {

	private final SignOutPage signOutPage = new SignOutPage();

	private final SignInSessions sessions;

	private final ActiveSessions activeSessions;

	private final List<SessionUserCustomizer> sessionUserCustomizers;

	public SessionController(SignInSessions sessions, ActiveSessions activeSessions) {
		this(sessions, activeSessions, List.of());
	}

	/**
	 * Creates the controller.
	 * @param sessions ends the session at sign-out
	 * @param activeSessions the user's sessions, to end them all or one of them
	 * @param sessionUserCustomizers what the session endpoint adds to its {@code user}
	 */
	public SessionController(SignInSessions sessions, ActiveSessions activeSessions,
			List<SessionUserCustomizer> sessionUserCustomizers) {
		this.sessions = sessions;
		this.activeSessions = activeSessions;
		this.sessionUserCustomizers = List.copyOf(sessionUserCustomizers);
	}

	/**
	 * The signed-in user and the session's expiry, or JSON {@code null}, as Auth.js's endpoint answers, for a database
	 * session and a JWT session alike.
	 */
	@GetMapping(path = AuthRoutes.SESSION, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public ResponseEntity<Object> session() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object body = (authentication instanceof SessionAuthentication session) ? SessionJson
			.session(session.getPrincipal(), session.getExpires(), this.sessionUserCustomizers) : SessionJson.NULL;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/**
	 * The CSRF token that state-changing requests must send as the form field {@code csrfToken}.
	 */
	@GetMapping(path = AuthRoutes.CSRF, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public ResponseEntity<Object> csrf(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_JSON)
				.body(SessionJson.NULL);
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(SessionJson.csrf(token.getToken()));
	}

	/**
	 * Asks whether to sign out, as Auth.js's page does, with a form that posts to {@code POST /api/auth/signout}.
	 */
	@GetMapping(AuthRoutes.SIGN_OUT)
	public ResponseEntity<String> signOutPage(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String callbackUrl) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			throw new IllegalStateException(
					"No CSRF token in the request: apply AuthAdapterHttpConfigurer to the SecurityFilterChain");
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.headers(BuiltInPage.headers(this.signOutPage))
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.signOutPage.render(request.getContextPath() + AuthRoutes.SIGN_OUT, token.getParameterName(),
					token.getToken(), CallbackUrl.sameSite(request, callbackUrl)));
	}

	/**
	 * Deletes the session of the cookie, or with {@code everywhere=true} all of the user's database sessions, removes
	 * the cookie, every chunk of a JWT cookie included, and returns to {@code callbackUrl}.
	 */
	@PostMapping(AuthRoutes.SIGN_OUT)
	public ResponseEntity<Object> signOut(HttpServletRequest request, HttpServletResponse response,
			@RequestParam(required = false) @Nullable String callbackUrl,
			@RequestParam(defaultValue = "false") boolean everywhere,
			@RequestHeader(name = ReturnRedirect.HEADER, required = false) @Nullable String returnRedirect) {
		Optional<AdapterSessionAuthentication> current = currentSession();
		if (everywhere && current.isPresent()) {
			this.activeSessions.revokeAll(userId(current.get().getPrincipal()));
		}
		this.sessions.end(request, response);
		SecurityContextHolder.clearContext();
		return redirect(request, CallbackUrl.sameSite(request, callbackUrl), returnRedirect != null);
	}

	/**
	 * Deletes one of the signed-in user's sessions, named by its {@link ActiveSession#id() id}.
	 */
	@PostMapping(AuthRoutes.REVOKE_SESSION)
	public ResponseEntity<Object> revoke(HttpServletRequest request, HttpServletResponse response,
			@RequestParam("session") String sessionId, @RequestParam(required = false) @Nullable String callbackUrl) {
		Optional<AdapterSessionAuthentication> current = currentSession();
		if (current.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		this.activeSessions.revoke(userId(current.get().getPrincipal()), sessionId);
		if (ActiveSessions.idOf(current.get().getSession().sessionToken()).equals(sessionId)) {
			this.sessions.end(request, response);
		}
		return redirect(request, CallbackUrl.sameSite(callbackUrl), false);
	}

	private ResponseEntity<Object> redirect(HttpServletRequest request, String path, boolean asJson) {
		String location = request.getContextPath() + path;
		if (asJson) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ReturnRedirect.Json(location));
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
	}

	private static String userId(AdapterUser user) {
		String id = user.id();
		if (id == null) {
			throw new IllegalStateException("A signed-in user always has an id");
		}
		return id;
	}

	static Optional<AdapterSessionAuthentication> currentSession() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof AdapterSessionAuthentication session) ? Optional.of(session)
				: Optional.empty();
	}

}
