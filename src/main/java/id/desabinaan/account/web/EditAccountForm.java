package id.desabinaan.account.web;

import id.desabinaan.account.AccountChange;
import id.desabinaan.account.AccountView;
import id.desabinaan.account.StrongPassword;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that changes an existing account. */
class EditAccountForm {

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.tooLong}")
	private String displayName;

	@NotBlank(message = "{account.role.required}")
	private String role;

	private String officeId;

	private String villageCode;

	private String villageCodeQuery;

	private boolean active;

	private boolean unlock;

	private boolean resetTotp;

	@StrongPassword(label = "account.field.newPassword")
	private String newPassword;

	static EditAccountForm from(AccountView account) {
		EditAccountForm form = new EditAccountForm();
		form.displayName = account.displayName();
		form.role = account.role().name();
		form.officeId = (account.scope().officeId() != null) ? account.scope().officeId().toString() : null;
		form.villageCode = account.scope().villageCode();
		form.active = account.active();
		return form;
	}

	AccountChange toChange() {
		return new AccountChange(this.displayName, AccountForms.role(this.role), AccountForms.officeId(this.officeId),
				this.villageCode, this.active, this.unlock, this.resetTotp, this.newPassword);
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

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public boolean isUnlock() {
		return this.unlock;
	}

	public void setUnlock(boolean unlock) {
		this.unlock = unlock;
	}

	public boolean isResetTotp() {
		return this.resetTotp;
	}

	public void setResetTotp(boolean resetTotp) {
		this.resetTotp = resetTotp;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
