package id.desabinaan.account.web;

import id.desabinaan.account.AccountDraft;
import id.desabinaan.account.StrongPassword;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form that creates an account. */
class NewAccountForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._-]{2,59}\\s*", message = "{account.username.invalid}")
	private String username;

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.tooLong}")
	private String displayName;

	@NotBlank(message = "{account.role.required}")
	private String role;

	private String officeId;

	private String villageCode;

	private String villageCodeQuery;

	private String language = "id";

	@NotBlank(message = "{account.initialPassword.required}")
	@StrongPassword(label = "account.field.initialPassword")
	private String initialPassword;

	AccountDraft toDraft() {
		return new AccountDraft(this.username, this.displayName, AccountForms.role(this.role),
				AccountForms.officeId(this.officeId), this.villageCode, this.language, this.initialPassword);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

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

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getInitialPassword() {
		return this.initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}

}
