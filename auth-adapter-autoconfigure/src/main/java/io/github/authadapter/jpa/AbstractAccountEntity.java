package io.github.authadapter.jpa;

import jakarta.persistence.MappedSuperclass;

/**
 * An account of the starter's {@code accounts} table, whose user ids are numbers. Its surrogate {@code id} column is
 * left to the database. Extend it with an {@code @Entity} of your own to add columns; the adapter then uses your
 * entity instead of {@link AccountEntity}.
 */
@MappedSuperclass
public abstract class AbstractAccountEntity extends AuthJsAccountColumns<Long> {

}
