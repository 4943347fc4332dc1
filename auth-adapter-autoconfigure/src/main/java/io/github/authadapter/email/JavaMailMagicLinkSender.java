package io.github.authadapter.email;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends sign-in links as plain-text emails through Spring's {@link JavaMailSender}.
 */
public class JavaMailMagicLinkSender implements MagicLinkSender {

	// English like the rest of the email, whatever the server's default locale.
	private static final DateTimeFormatter EXPIRY = DateTimeFormatter
		.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final JavaMailSender mailSender;

	private final @Nullable String from;

	private final String subject;

	/**
	 * Creates a sender.
	 * @param mailSender the mail sender
	 * @param from the sender address, or null for the mail server's default
	 * @param subject the subject line
	 */
	public JavaMailMagicLinkSender(JavaMailSender mailSender, @Nullable String from, String subject) {
		this.mailSender = mailSender;
		this.from = from;
		this.subject = subject;
	}

	@Override
	public void send(MagicLink link) {
		SimpleMailMessage message = new SimpleMailMessage();
		if (this.from != null) {
			message.setFrom(this.from);
		}
		message.setTo(link.email().value());
		message.setSubject(this.subject);
		message.setText("""
				Sign in by opening this link:

				%s

				The link works once, until %s.
				If you did not ask to sign in, ignore this email: nobody can sign in without the link.
				""".formatted(link.url(), EXPIRY.format(link.expires())));
		try {
			this.mailSender.send(message);
		}
		catch (MailException ex) {
			throw new MagicLinkDeliveryException("The sign-in email to " + link.email() + " could not be sent", ex);
		}
	}

}
