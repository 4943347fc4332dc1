/**
 * The CSRF cookie, the Origin check and the headers of the starter's pages, over real HTTP.
 */
@NullMarked
package io.github.authadapter.csrf;

import org.jspecify.annotations.NullMarked;
