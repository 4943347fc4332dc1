/**
 * OAuth 2 and OpenID Connect sign-in on Spring Security's OAuth2 client, with Auth.js's account-linking rules and
 * its providers by name, and the accounts table as the authorized clients of the signed-in user, whose tokens are
 * refreshed under the account's row lock.
 */
@NullMarked
package io.github.authadapter.oauth;

import org.jspecify.annotations.NullMarked;
