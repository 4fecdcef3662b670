package id.desabinaan.earlywarning;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The structured fields each category asks, stored in a report's details as a JSON object
 * keyed by {@link #key()} with string values (list kinds: one value per line). Labels and
 * hints are message keys {@code ewintake.field.<key>} and
 * {@code ewintake.field.<key>.hint}.
 */
public enum ReportField {

	// Who is involved
	PERSON_NAMES("personNames", ReportFieldKind.PERSON_NAMES, ReportCategory.TRAFFICKING, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE, ReportCategory.RECRUITER, ReportCategory.DOCUMENT_FRAUD),
	PHONE_NUMBERS("phoneNumbers", ReportFieldKind.PHONE_NUMBERS, ReportCategory.TRAFFICKING, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE, ReportCategory.RECRUITER, ReportCategory.FOREIGNER),
	SOCIAL_ACCOUNTS("socialAccounts", ReportFieldKind.SOCIAL_ACCOUNTS, ReportCategory.TRAFFICKING,
			ReportCategory.SMUGGLING, ReportCategory.RECRUITER),
	AGENCY_CLAIMED("agencyClaimed", ReportFieldKind.AGENCIES, ReportCategory.TRAFFICKING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE, ReportCategory.RECRUITER),
	VEHICLES("vehicles", ReportFieldKind.VEHICLES, ReportCategory.TRAFFICKING, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE),
	// Departures and promises
	DESTINATION("destination", ReportFieldKind.COUNTRY, ReportCategory.TRAFFICKING, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE, ReportCategory.RECRUITER),
	JOB_OFFERED("jobOffered", ReportFieldKind.TEXT, ReportCategory.TRAFFICKING, ReportCategory.NON_PROCEDURAL_DEPARTURE,
			ReportCategory.RECRUITER),
	PROMISES("promises", ReportFieldKind.TEXT, ReportCategory.TRAFFICKING, ReportCategory.RECRUITER),
	PERSONS_LEAVING("personsLeaving", ReportFieldKind.NUMBER, ReportCategory.TRAFFICKING, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE),
	DEPARTURE_DATE("departureDate", ReportFieldKind.DATE, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE),
	DEPARTURE_ROUTE("departureRoute", ReportFieldKind.TEXT, ReportCategory.SMUGGLING,
			ReportCategory.NON_PROCEDURAL_DEPARTURE),
	// Documents
	DOCUMENT_TYPE("documentType", ReportFieldKind.TEXT, ReportCategory.DOCUMENT_FRAUD),
	FRAUD_KIND("fraudKind", ReportFieldKind.TEXT, ReportCategory.DOCUMENT_FRAUD),
	// Foreigners
	NATIONALITY("nationality", ReportFieldKind.COUNTRY, ReportCategory.FOREIGNER),
	NUMBER_OF_PERSONS("numberOfPersons", ReportFieldKind.NUMBER, ReportCategory.FOREIGNER),
	STAYING_AT("stayingAt", ReportFieldKind.TEXT, ReportCategory.FOREIGNER),
	PRESENT_SINCE("presentSince", ReportFieldKind.DATE, ReportCategory.FOREIGNER),
	ACTIVITY("activity", ReportFieldKind.TEXT, ReportCategory.FOREIGNER),
	HOST("host", ReportFieldKind.PERSON_NAMES, ReportCategory.FOREIGNER);

	private final String key;

	private final ReportFieldKind kind;

	private final Set<ReportCategory> categories;

	ReportField(String key, ReportFieldKind kind, ReportCategory first, ReportCategory... more) {
		this.key = key;
		this.kind = kind;
		this.categories = EnumSet.of(first, more);
	}

	/** The JSON key in a report's details. */
	public String key() {
		return this.key;
	}

	public ReportFieldKind kind() {
		return this.kind;
	}

	public boolean askedFor(ReportCategory category) {
		return this.categories.contains(category);
	}

	/** The fields a category asks, in form order. */
	public static List<ReportField> of(ReportCategory category) {
		return Arrays.stream(values()).filter((field) -> field.askedFor(category)).toList();
	}

}
