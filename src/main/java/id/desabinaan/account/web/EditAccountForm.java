package id.desabinaan.account.web;

import id.desabinaan.account.AccountChange;
import id.desabinaan.account.AccountView;
import id.desabinaan.account.StrongPassword;

/** The form that changes an existing account. */
class EditAccountForm extends AccountScopeFields {

	private boolean active;

	private boolean unlock;

	private boolean resetTotp;

	@StrongPassword(label = "account.field.newPassword")
	private String newPassword;

	static EditAccountForm from(AccountView account) {
		EditAccountForm form = new EditAccountForm();
		form.setDisplayName(account.displayName());
		form.setRole(account.role().name());
		form.setOfficeId((account.scope().officeId() != null) ? account.scope().officeId().toString() : null);
		form.setVillageCode(account.scope().villageCode());
		form.active = account.active();
		return form;
	}

	AccountChange toChange() {
		return new AccountChange(getDisplayName(), AccountForms.role(getRole()), AccountForms.officeId(getOfficeId()),
				getVillageCode(), this.active, this.unlock, this.resetTotp, this.newPassword);
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
