package id.desabinaan.account.web;

import jakarta.validation.constraints.NotBlank;

/** A six-digit TOTP code as typed. */
class CodeForm {

	@NotBlank(message = "{account.code.required}")
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
