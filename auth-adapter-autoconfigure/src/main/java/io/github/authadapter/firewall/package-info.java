/**
 * Refusal, with a clear 400, of requests whose address or form cannot be decoded, before any filter fails on it.
 */
@NullMarked
package io.github.authadapter.firewall;

import org.jspecify.annotations.NullMarked;
