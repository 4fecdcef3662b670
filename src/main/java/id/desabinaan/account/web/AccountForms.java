package id.desabinaan.account.web;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;

/**
 * Converts the select values of the account forms. The forms keep them as text so that a
 * bad value is shown again as entered with a translated message, not a conversion error.
 */
final class AccountForms {

	private AccountForms() {
	}

	static Role role(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("role", "account.role.required");
		}
		try {
			return Role.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("role", "account.role.unknown", value);
		}
	}

	static Long officeId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("officeId", "account.office.required");
		}
	}

}
