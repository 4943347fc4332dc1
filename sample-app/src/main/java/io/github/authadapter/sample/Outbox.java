package io.github.authadapter.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.email.LoggingMagicLinkSender;
import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The sign-in links "sent" in the dev profile, so that a person can try the app without a mail server. Never enable
 * this outside development: the page shows everyone's links.
 */
@Component
@Profile("dev")
class Outbox implements MagicLinkSender {

	private static final int CAPACITY = 50;

	private final MagicLinkSender log = new LoggingMagicLinkSender();

	private final List<Message> messages = new ArrayList<>();

	@Override
	public void send(MagicLink link) {
		this.log.send(link);
		synchronized (this.messages) {
			this.messages.add(0, new Message(link.email().value(), link.url(), Instant.now(), link.expires()));
			if (this.messages.size() > CAPACITY) {
				this.messages.remove(CAPACITY);
			}
		}
	}

	/**
	 * The messages, newest first.
	 */
	List<Message> messages() {
		synchronized (this.messages) {
			return List.copyOf(this.messages);
		}
	}

	/**
	 * A sign-in email.
	 *
	 * @param to the recipient
	 * @param link the sign-in link
	 * @param sentAt when it was sent
	 * @param expires when the link stops working
	 */
	record Message(String to, String link, Instant sentAt, Instant expires) {
	}

}
