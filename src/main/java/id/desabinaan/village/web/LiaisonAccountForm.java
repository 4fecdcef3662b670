package id.desabinaan.village.web;

/**
 * The VILLAGE_OFFICIAL account given to a liaison: sign-in name, language, first
 * password.
 */
public class LiaisonAccountForm {

	private String username;

	private String language = "id";

	private String initialPassword;

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
