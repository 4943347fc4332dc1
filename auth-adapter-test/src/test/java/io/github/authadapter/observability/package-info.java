/**
 * The adapter's timers and the schema health indicator in an application with Actuator, on H2 and PostgreSQL.
 */
@NullMarked
package io.github.authadapter.observability;

import org.jspecify.annotations.NullMarked;
