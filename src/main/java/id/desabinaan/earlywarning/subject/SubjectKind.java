package id.desabinaan.earlywarning.subject;

import java.util.Optional;

import id.desabinaan.earlywarning.ReportFieldKind;

/** What a subject named in reports is. */
public enum SubjectKind {

	/** A person, matched by name tolerating spelling variants ({@link PersonNames}). */
	PERSON,
	/** A phone number in E.164 ({@link PhoneNumbers}). */
	PHONE,
	/** A social-media account as {@code platform:handle} ({@link SocialAccounts}). */
	SOCIAL_ACCOUNT,
	/** An agency or company without its legal form ({@link Agencies}). */
	AGENCY,
	/** A vehicle by its number plate ({@link Plates}). */
	VEHICLE;

	/** The subject kind a structured field holds, if it holds subjects. */
	public static Optional<SubjectKind> of(ReportFieldKind kind) {
		return switch (kind) {
			case PERSON_NAMES -> Optional.of(PERSON);
			case PHONE_NUMBERS -> Optional.of(PHONE);
			case SOCIAL_ACCOUNTS -> Optional.of(SOCIAL_ACCOUNT);
			case AGENCIES -> Optional.of(AGENCY);
			case VEHICLES -> Optional.of(VEHICLE);
			default -> Optional.empty();
		};
	}

	/**
	 * Whether sharing this subject points strongly at one and the same matter (a phone,
	 * an account, a plate); names and agencies are shared by chance more often.
	 */
	public boolean strong() {
		return this == PHONE || this == SOCIAL_ACCOUNT || this == VEHICLE;
	}

}
