package io.github.authadapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The default entity of the {@code users} table.
 */
@Entity(name = "AuthAdapterUser")
@Table(name = AuthJsNames.USERS)
public class UserEntity extends AbstractUserEntity {

}
