package io.github.authadapter.jpa.prisma;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids in the shape of Prisma's {@code cuid()}: 25 characters of lower-case base 36 that start with {@code c}, from
 * the time, a counter and random digits, so that they sort roughly by creation as Prisma's do.
 */
final class PrismaCuids {

	private static final SecureRandom random = new SecureRandom();

	private static final AtomicInteger counter = new AtomicInteger(random.nextInt());

	private PrismaCuids() {
	}

	static String next() {
		StringBuilder id = new StringBuilder(25).append('c');
		id.append(padded(Long.toString(System.currentTimeMillis(), 36), 8));
		id.append(padded(Integer.toString(counter.getAndIncrement() & 0xFFFFF, 36), 4));
		while (id.length() < 25) {
			id.append(Character.forDigit(random.nextInt(36), 36));
		}
		return id.toString().toLowerCase(Locale.ROOT);
	}

	private static String padded(String digits, int length) {
		String tail = digits.substring(Math.max(0, digits.length() - length));
		return "0".repeat(length - tail.length()) + tail;
	}

}
