/**
 * The contract suite with an application's own user entity and its extra columns, on H2 and PostgreSQL.
 */
@NullMarked
package io.github.authadapter.customuser;

import org.jspecify.annotations.NullMarked;
