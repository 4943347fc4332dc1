package io.github.authadapter.test.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP/1.1 client that sends exactly the bytes it is given, so that a test can send what well-behaved clients
 * refuse to: raw non-ASCII in a cookie, several Cookie headers, malformed form bodies, any method.
 */
public final class RawHttp {

	private final int port;

	/**
	 * A client of the server on the port of {@code 127.0.0.1}.
	 */
	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends one request on a new connection and reads the whole response.
	 * @param head the request line and headers, one a line separated by {@code \n}, without Connection and
	 * Content-Length, and without Host unless it is to be another than the server's; a char below 256 is sent as that
	 * byte
	 * @param body the body, sent with its Content-Length when not empty
	 */
	public Response send(String head, byte[] body) {
		StringBuilder request = new StringBuilder(String.join("\r\n", head.strip().split("\n")));
		if (head.lines().noneMatch((line) -> line.toLowerCase(Locale.ROOT).startsWith("host:"))) {
			request.append("\r\nHost: 127.0.0.1:").append(this.port);
		}
		request.append("\r\nConnection: close\r\n");
		if (body.length > 0) {
			request.append("Content-Length: ").append(body.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				// ISO-8859-1 writes every char below 256 as that one byte, so a test controls the bytes exactly.
				out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
			}
			catch (SocketException ex) {
				// A server may answer an oversized request and close the connection before reading all of it:
				// its answer still counts, and only a connection that answered nothing fails.
				byte[] answer = readAfterClose(socket.getInputStream());
				if (answer.length == 0) {
					throw ex;
				}
				return Response.parse(answer);
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAfterClose(InputStream in) {
		try {
			return readAll(in);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (SocketException ex) {
			// The server may reset the connection after answering a request that it did not read to the end.
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * A response: its status, its headers in order, and its body with any chunked encoding removed.
	 *
	 * @param status the HTTP status
	 * @param headers the header lines, {@code Name: value}, in order
	 * @param body the body as UTF-8 text
	 */
	public record Response(int status, List<String> headers, String body) {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				throw new IllegalStateException("No complete HTTP response: " + text);
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headers = List.of(lines).subList(1, lines.length);
			byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
			boolean chunked = headers.stream()
				.anyMatch((header) -> header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked"));
			return new Response(status, headers,
					new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
		}

		/**
		 * The value of the first header with the name, ignoring case.
		 */
		public Optional<String> header(String name) {
			return values(name).stream().findFirst();
		}

		/**
		 * The values of every header with the name, ignoring case.
		 */
		public List<String> values(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			List<String> values = new ArrayList<>();
			for (String header : this.headers) {
				if (header.toLowerCase(Locale.ROOT).startsWith(prefix)) {
					values.add(header.substring(prefix.length()).strip());
				}
			}
			return values;
		}

		private static byte[] dechunk(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			String text = new String(body, StandardCharsets.ISO_8859_1);
			int at = 0;
			while (at < text.length()) {
				int lineEnd = text.indexOf("\r\n", at);
				int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				out.write(body, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return out.toByteArray();
		}

		@Override
		public String toString() {
			return this.status + " " + this.headers + "\n" + this.body;
		}

	}

}
