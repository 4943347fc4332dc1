package io.github.authadapter.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a link or redirect would have to be built from the host of a request that is not trusted.
 */
@ResponseStatus(code = HttpStatus.BAD_REQUEST, reason = UntrustedHostException.MESSAGE)
public class UntrustedHostException extends RuntimeException {

	static final String MESSAGE = "This server does not answer sign-in requests for this host name";

	public UntrustedHostException() {
		super(MESSAGE);
	}

}
