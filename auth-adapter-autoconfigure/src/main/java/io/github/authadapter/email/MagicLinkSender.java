package io.github.authadapter.email;

/**
 * Delivers sign-in links. Define a bean of this type to send them another way, such as through an email API.
 */
@FunctionalInterface
public interface MagicLinkSender {

	/**
	 * Delivers the link to its address.
	 * @throws MagicLinkDeliveryException if it could not be handed over for delivery
	 */
	void send(MagicLink link);

}
