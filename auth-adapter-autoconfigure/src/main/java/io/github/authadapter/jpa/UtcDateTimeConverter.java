package io.github.authadapter.jpa;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores instants in {@code TIMESTAMP} columns without a time zone as UTC, as Prisma and Drizzle do. Binding them as instants
 * would let PostgreSQL shift them into the session's time zone.
 */
@Converter
public class UtcDateTimeConverter implements AttributeConverter<Instant, LocalDateTime> {

	@Override
	public @Nullable LocalDateTime convertToDatabaseColumn(@Nullable Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	@Override
	public @Nullable Instant convertToEntityAttribute(@Nullable LocalDateTime dateTime) {
		return (dateTime != null) ? dateTime.toInstant(ZoneOffset.UTC) : null;
	}

}
