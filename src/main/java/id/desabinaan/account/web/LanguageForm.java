package id.desabinaan.account.web;

import jakarta.validation.constraints.NotBlank;

/** The language a user wants the platform in. */
class LanguageForm {

	@NotBlank(message = "{account.language.required}")
	private String language;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
