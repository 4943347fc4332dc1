/**
 * Auto-configuration of the Auth.js adapter: the {@link io.github.authadapter.Adapter} bean and the schema.
 */
@NullMarked
package io.github.authadapter.autoconfigure;

import org.jspecify.annotations.NullMarked;
