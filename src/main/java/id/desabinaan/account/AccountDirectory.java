package id.desabinaan.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.desabinaan.shared.Role;

/**
 * Read access to accounts for other modules (names and roles of officers, never
 * credentials). Callers check their own rules of who may see what.
 */
public interface AccountDirectory {

	/** The account with this id, active or retired. */
	Optional<AccountSummary> find(long accountId);

	/** The account with this (case-insensitive) username, active or retired. */
	Optional<AccountSummary> findByUsername(String username);

	/** The accounts with these ids that exist, in no particular order. */
	List<AccountSummary> findAll(Collection<Long> accountIds);

	/** Active accounts of one Kanim with one of these roles, by display name. */
	List<AccountSummary> staffOf(long officeId, Collection<Role> roles);

}
