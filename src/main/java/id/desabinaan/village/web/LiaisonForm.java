package id.desabinaan.village.web;

/** A new village liaison: role, name, phone and term. */
public class LiaisonForm {

	private String role;

	private String name;

	private String phone;

	private String termFrom;

	private String termUntil;

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getTermFrom() {
		return this.termFrom;
	}

	public void setTermFrom(String termFrom) {
		this.termFrom = termFrom;
	}

	public String getTermUntil() {
		return this.termUntil;
	}

	public void setTermUntil(String termUntil) {
		this.termUntil = termUntil;
	}

}
