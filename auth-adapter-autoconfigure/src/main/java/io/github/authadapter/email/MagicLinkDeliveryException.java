package io.github.authadapter.email;

/**
 * Thrown when a sign-in link could not be handed over for delivery, for example because the mail server is down.
 */
public class MagicLinkDeliveryException extends RuntimeException {

	public MagicLinkDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
