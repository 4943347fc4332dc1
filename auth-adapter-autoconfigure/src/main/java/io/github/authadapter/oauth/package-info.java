/**
 * OAuth 2 and OpenID Connect sign-in on Spring Security's OAuth2 client, with Auth.js's account-linking rules.
 */
@NullMarked
package io.github.authadapter.oauth;

import org.jspecify.annotations.NullMarked;
