/**
 * OAuth and OpenID Connect sign-in end to end against a real authorization server, on H2, PostgreSQL and MariaDB.
 */
@NullMarked
package io.github.authadapter.oauthflow;

import org.jspecify.annotations.NullMarked;
