package io.github.authadapter.jpa.typeorm;

import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores instants as the TypeORM adapter's date transformer does: milliseconds since the epoch, as text in a
 * {@code varchar} column.
 */
@Converter
public class EpochMillisTextConverter implements AttributeConverter<Instant, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable Instant instant) {
		return (instant != null) ? Long.toString(instant.toEpochMilli()) : null;
	}

	@Override
	public @Nullable Instant convertToEntityAttribute(@Nullable String millis) {
		return (millis != null) ? Instant.ofEpochMilli(Long.parseLong(millis.trim())) : null;
	}

}
