package id.desabinaan.account.web;

import id.desabinaan.account.AccountDraft;
import id.desabinaan.account.StrongPassword;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The form that creates an account. */
class NewAccountForm extends AccountScopeFields {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._-]{2,59}\\s*", message = "{account.username.invalid}")
	private String username;

	private String language = "id";

	@NotBlank(message = "{account.initialPassword.required}")
	@StrongPassword(label = "account.field.initialPassword")
	private String initialPassword;

	AccountDraft toDraft() {
		return new AccountDraft(this.username, getDisplayName(), AccountForms.role(getRole()),
				AccountForms.officeId(getOfficeId()), getVillageCode(), this.language, this.initialPassword);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
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
