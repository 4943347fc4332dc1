package io.github.authadapter.jpa;

import java.io.Serializable;

/**
 * The identity of an account: the provider and the user's id there.
 *
 * @param provider the provider id, such as {@code github}
 * @param providerAccountId the user's id at the provider
 */
public record ProviderAccountId(String provider, String providerAccountId) implements Serializable {

}
