package id.desabinaan.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.desabinaan.shared.Role;
import id.desabinaan.shared.ScopeLevel;

import jakarta.persistence.LockModeType;

/**
 * Accounts, found by their lower-case username or id. Sign-in reads an account with a row
 * lock so that concurrent attempts count correctly towards the lockout.
 */
interface Accounts extends Repository<Account, Long> {

	Account save(Account account);

	Account saveAndFlush(Account account);

	Optional<Account> findById(long id);

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.username = :username")
	Optional<Account> findByUsernameForUpdate(@Param("username") String username);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findByIdForUpdate(@Param("id") long id);

	Page<Account> findAllByOrderByUsername(Pageable pageable);

	List<Account> findByIdIn(Collection<Long> ids);

	List<Account> findByScopeOfficeIdAndRoleInAndActiveTrueOrderByDisplayName(long officeId, Collection<Role> roles);

	/**
	 * Accounts of one office with one of these roles, and village officials of villages
	 * in these kabupaten/kota ({@code PP.KK}).
	 */
	@Query("""
			select a from Account a
			where (a.scopeOfficeId = :officeId and a.role in :roles)
			   or (a.scopeLevel = :village and substring(a.scopeVillageCode, 1, 5) in :regencies)
			order by a.username""")
	Page<Account> findInOfficeOrRegencies(@Param("officeId") long officeId, @Param("roles") Collection<Role> roles,
			@Param("regencies") Collection<String> regencies, @Param("village") ScopeLevel village, Pageable pageable);

}
