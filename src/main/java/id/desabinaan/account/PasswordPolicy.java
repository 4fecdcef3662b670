package id.desabinaan.account;

/**
 * The password rule of BSSN Regulation 4/2021 for web applications: at least 12
 * characters, with an upper-case letter, a lower-case letter, a digit and a symbol.
 */
public final class PasswordPolicy {

	/** Fewest characters a password may have. */
	public static final int MIN_LENGTH = 12;

	/**
	 * Most characters accepted (a bound on hashing work, far above any real password).
	 */
	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** Whether the password satisfies the rule; {@code null} never does. */
	public static boolean isStrong(CharSequence password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return false;
		}
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
				symbol = true;
			}
		}
		return upper && lower && digit && symbol;
	}

}
