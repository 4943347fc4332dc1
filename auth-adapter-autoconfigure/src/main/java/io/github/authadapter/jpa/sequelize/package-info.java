/**
 * Entities for the tables that Sequelize's sync makes of Auth.js's Sequelize adapter models, for
 * {@code auth.adapter.schema.preset=sequelize}.
 */
@NullMarked
package io.github.authadapter.jpa.sequelize;

import org.jspecify.annotations.NullMarked;
