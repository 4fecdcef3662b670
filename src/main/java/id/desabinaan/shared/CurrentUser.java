package id.desabinaan.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as every module sees it: take it in a controller with
 * {@code @AuthenticationPrincipal CurrentUser user} and pass it to services, which check
 * role and scope on every call. Built by the account module at sign-in.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Scope scope;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private String passwordHash;

	public CurrentUser(long accountId, String username, String displayName, Role role, Scope scope, String passwordHash,
			boolean enabled, boolean accountNonLocked) {
		if (role.scopeLevel() != scope.level()) {
			throw new IllegalArgumentException(role + " needs a " + role.scopeLevel() + " scope");
		}
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.scope = scope;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
	}

	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Scope scope() {
		return this.scope;
	}

	public boolean hasRole(Role... roles) {
		for (Role candidate : roles) {
			if (candidate == this.role) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.accountNonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + "]";
	}

}
