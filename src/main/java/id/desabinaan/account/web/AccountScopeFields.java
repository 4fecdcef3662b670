package id.desabinaan.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the create and edit forms of an account share: the name people see, the role and
 * the scope (an office for staff roles, a village, picked with the region picker, for
 * officials).
 */
abstract class AccountScopeFields {

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.tooLong}")
	private String displayName;

	@NotBlank(message = "{account.role.required}")
	private String role;

	private String officeId;

	private String villageCode;

	private String villageCodeQuery;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getOfficeId() {
		return this.officeId;
	}

	public void setOfficeId(String officeId) {
		this.officeId = officeId;
	}

	public String getVillageCodeQuery() {
		return this.villageCodeQuery;
	}

	public void setVillageCodeQuery(String villageCodeQuery) {
		this.villageCodeQuery = villageCodeQuery;
	}

	public String getVillageCode() {
		return this.villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

}
