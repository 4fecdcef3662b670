package id.desabinaan.village.web;

/** Granting the delegation to a staff member of the office. */
public class DelegationForm {

	private String accountId;

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = accountId;
	}

}
