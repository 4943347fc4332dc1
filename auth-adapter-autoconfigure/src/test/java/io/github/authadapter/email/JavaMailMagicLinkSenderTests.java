package io.github.authadapter.email;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JavaMailMagicLinkSender}, over SMTP to a server on the loopback interface.
 */
class JavaMailMagicLinkSenderTests {

	private static final String URL = "https://app.example.com/api/auth/callback/email?callbackUrl=%2F&token="
			+ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef&email=ada%40example.com";

	private SmtpSink smtp;

	@BeforeEach
	void startSmtp() throws Exception {
		this.smtp = new SmtpSink();
	}

	@AfterEach
	void stopSmtp() throws Exception {
		this.smtp.close();
	}

	@Test
	void sendsThePlainTextLinkToTheAddress() {
		JavaMailMagicLinkSender sender = new JavaMailMagicLinkSender(mailSender(this.smtp.port()), "app@example.com",
				"Your sign-in link");
		sender.send(new MagicLink(EmailAddress.parse("ada@example.com"), URL, Instant.parse("2026-01-02T03:04:05Z")));

		assertThat(this.smtp.messages()).singleElement().satisfies((message) -> {
			assertThat(message).contains("To: ada@example.com")
				.contains("From: app@example.com")
				.contains("Subject: Your sign-in link")
				.contains(URL)
				.contains("2 Jan 2026, 03:04 UTC");
		});
	}

	@Test
	void reportsAMailServerThatCannotBeReached() throws Exception {
		int closedPort = this.smtp.port();
		this.smtp.close();
		JavaMailMagicLinkSender sender = new JavaMailMagicLinkSender(mailSender(closedPort), null, "Sign in");
		assertThatExceptionOfType(MagicLinkDeliveryException.class)
			.isThrownBy(() -> sender.send(new MagicLink(EmailAddress.parse("ada@example.com"), URL, Instant.now())))
			.withMessage("The sign-in email to ada@example.com could not be sent")
			.withMessageNotContaining("token");
	}

	private static JavaMailSenderImpl mailSender(int port) {
		JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
		mailSender.setHost("127.0.0.1");
		mailSender.setPort(port);
		mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		mailSender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return mailSender;
	}

}
