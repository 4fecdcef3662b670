package id.desabinaan.account;

import id.desabinaan.shared.Role;

/**
 * Changes an administrator makes to an existing account.
 *
 * @param displayName the name shown to others
 * @param role the role
 * @param officeId the Kanwil or Kanim the role needs, otherwise ignored
 * @param villageCode the village the role needs, otherwise ignored
 * @param active {@code false} retires the account
 * @param unlock ends a lockout after failed attempts
 * @param resetTotp turns the TOTP second factor off (a lost phone); the user enrols again
 * @param newPassword a new password, or blank to keep the current one
 */
public record AccountChange(String displayName, Role role, Long officeId, String villageCode, boolean active,
		boolean unlock, boolean resetTotp, String newPassword) {
}
