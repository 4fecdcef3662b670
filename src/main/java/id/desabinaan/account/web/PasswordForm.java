package id.desabinaan.account.web;

import id.desabinaan.account.StrongPassword;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one, the new one twice. */
class PasswordForm {

	@NotBlank(message = "{account.currentPassword.required}")
	private String currentPassword;

	@NotBlank(message = "{account.newPassword.required}")
	@StrongPassword(label = "account.field.newPassword")
	private String newPassword;

	@NotBlank(message = "{account.confirmPassword.required}")
	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
