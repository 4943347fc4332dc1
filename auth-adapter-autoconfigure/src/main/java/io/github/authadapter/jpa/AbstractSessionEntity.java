package io.github.authadapter.jpa;

import jakarta.persistence.MappedSuperclass;

/**
 * A session of the starter's {@code sessions} table, whose user ids are numbers. Its surrogate {@code id} column is
 * left to the database. Extend it with an {@code @Entity} of your own to add columns; the adapter then uses your
 * entity instead of {@link SessionEntity}.
 */
@MappedSuperclass
public abstract class AbstractSessionEntity extends AuthJsSessionColumns<Long> {

}
