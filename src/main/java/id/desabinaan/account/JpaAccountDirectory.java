package id.desabinaan.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.Role;

@Service
@Transactional(readOnly = true)
class JpaAccountDirectory implements AccountDirectory {

	private final Accounts accounts;

	JpaAccountDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<AccountSummary> find(long accountId) {
		return this.accounts.findById(accountId).map(JpaAccountDirectory::summary);
	}

	@Override
	public Optional<AccountSummary> findByUsername(String username) {
		return Account.normalize(username).flatMap(this.accounts::findByUsername).map(JpaAccountDirectory::summary);
	}

	@Override
	public List<AccountSummary> findAll(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return this.accounts.findByIdIn(accountIds).stream().map(JpaAccountDirectory::summary).toList();
	}

	@Override
	public List<AccountSummary> staffOf(long officeId, Collection<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.accounts.findByScopeOfficeIdAndRoleInAndActiveTrueOrderByDisplayName(officeId, roles)
			.stream()
			.map(JpaAccountDirectory::summary)
			.toList();
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.id(), account.username(), account.displayName(), account.role(),
				account.scope(), account.isActive());
	}

}
