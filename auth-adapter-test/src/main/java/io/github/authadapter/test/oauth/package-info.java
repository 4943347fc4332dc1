/**
 * A real OAuth 2 and OpenID Connect provider, and a cookie-keeping HTTP client, for integration tests of sign-in.
 */
@NullMarked
package io.github.authadapter.test.oauth;

import org.jspecify.annotations.NullMarked;
