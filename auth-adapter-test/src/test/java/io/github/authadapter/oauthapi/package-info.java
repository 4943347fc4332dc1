/**
 * Calling a provider's API with the signed-in user's stored tokens, refreshed in the accounts table.
 */
@NullMarked
package io.github.authadapter.oauthapi;

import org.jspecify.annotations.NullMarked;
