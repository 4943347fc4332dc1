/**
 * The reusable race suite: many threads at once on one token, one sign-in link, one email address, one provider
 * account and one session, against an application on the starter.
 */
@NullMarked
package io.github.authadapter.test.concurrency;

import org.jspecify.annotations.NullMarked;
