package id.desabinaan.earlywarning;

/**
 * What a structured field holds. List kinds hold one value per line; subjects (persons,
 * phone numbers, accounts, agencies, vehicles) are read from these kinds and linked
 * across reports.
 */
public enum ReportFieldKind {

	/** Free text on one or a few lines. */
	TEXT,
	/** A whole number (e.g. number of persons). */
	NUMBER,
	/** A date (ISO yyyy-MM-dd). */
	DATE,
	/** A country (ISO 3166-1 alpha-2 code or its name). */
	COUNTRY,
	/** Names of persons, one per line. */
	PERSON_NAMES,
	/** Phone numbers as written by the reporter, one per line. */
	PHONE_NUMBERS,
	/** Social-media accounts (e.g. facebook: name, @handle), one per line. */
	SOCIAL_ACCOUNTS,
	/** Agency or company names, one per line. */
	AGENCIES,
	/** Vehicle number plates, one per line. */
	VEHICLES

}
