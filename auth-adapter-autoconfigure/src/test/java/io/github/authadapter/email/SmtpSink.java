package io.github.authadapter.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on the loopback interface that accepts every message and keeps it, so that mail tests talk
 * SMTP over a real socket.
 */
final class SmtpSink implements AutoCloseable {

	private final ServerSocket socket;

	private final List<String> messages = new CopyOnWriteArrayList<>();

	private final Thread thread;

	SmtpSink() throws IOException {
		this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		this.thread = new Thread(this::serve, "smtp-sink");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	List<String> messages() {
		return this.messages;
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// Closed, or the client went away; wait for the next one.
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = client.getOutputStream();
		reply(out, "220 localhost SMTP sink");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 localhost");
			}
			else if (command.startsWith("DATA")) {
				reply(out, "354 end with <CRLF>.<CRLF>");
				StringBuilder message = new StringBuilder();
				while ((line = in.readLine()) != null && !line.equals(".")) {
					message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
				}
				this.messages.add(message.toString());
				reply(out, "250 queued");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 ok");
			}
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
