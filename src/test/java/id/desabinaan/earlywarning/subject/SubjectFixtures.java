package id.desabinaan.earlywarning.subject;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportReceived;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;

/**
 * Reports of Kanim Wonosobo made for subject tests through the core model (the report,
 * its first trail entry, and {@link ReportReceived} inside the transaction, as the intake
 * does), with values unique to each call so that tests sharing the database never count
 * each other's rows.
 */
public final class SubjectFixtures {

	/** Partner villages pimpasa.wonosobo mentors. */
	public static final String PAKUNCEN = "33.07.06.2009";

	public static final String KALIGOWONG = "33.07.01.2001";

	public static final String KECIS = "33.07.06.2001";

	/** Villages of Kanim Wonosobo that no demo PIMPASA mentors. */
	public static final String KALIPUTIH = "33.07.06.2002";

	public static final String CANDI = "33.07.06.2003";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final ApplicationContext context;

	public SubjectFixtures(ApplicationContext context) {
		this.context = context;
	}

	/** A mobile number nobody else uses, as {@code 0812-xxxx-xxxx}. */
	public static String uniquePhone() {
		return "0812-" + digits(4) + "-" + digits(4);
	}

	/** The same number in E.164. */
	public static String e164(String localPhone) {
		return "+62" + localPhone.substring(1).replace("-", "");
	}

	/** A plate nobody else uses, e.g. {@code AA 1234 QXZ}. */
	public static String uniquePlate() {
		return "AA " + (1000 + RANDOM.nextInt(9000)) + " " + letters(3);
	}

	/** A word nobody else uses, to make names and descriptions unique. */
	public static String uniqueWord() {
		StringBuilder word = new StringBuilder();
		String consonants = "bdgklmnprstw";
		String vowels = "aiu";
		for (int i = 0; i < 4; i++) {
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())))
				.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A description unlike every other fixture's (unique words). */
	public static String uniqueDescription(String start) {
		return start + " " + uniqueWord() + " " + uniqueWord() + " " + uniqueWord() + " " + uniqueWord() + " "
				+ uniqueWord() + " " + uniqueWord();
	}

	/** Details with the given field keys and values. */
	public static Map<String, String> details(String... keysAndValues) {
		Map<String, String> details = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			details.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return details;
	}

	/** A report received today in a village of Kanim Wonosobo, linked on commit. */
	public Report report(String villageCode, ReportCategory category, String description, Map<String, String> details) {
		return report(villageCode, category, description, details, "test-subject-" + UUID.randomUUID(), true);
	}

	/**
	 * A report stored with this submission key, announced by {@link ReportReceived} or
	 * not (as if stored before subjects were linked).
	 */
	public Report report(String villageCode, ReportCategory category, String description, Map<String, String> details,
			String submissionKey, boolean announce) {
		return report(villageCode, category, description, details, submissionKey, announce, ReporterKind.STAFF);
	}

	/**
	 * A report by this kind of reporter; a protected one (anonymous, resident) keeps the
	 * date only, in the report and its first trail entry.
	 */
	public Report report(String villageCode, ReportCategory category, String description, Map<String, String> details,
			String submissionKey, boolean announce, ReporterKind reporterKind) {
		Reports reports = this.context.getBean(Reports.class);
		ReportTrail trail = this.context.getBean(ReportTrail.class);
		ApplicationEventPublisher events = this.context;
		long officeId = this.context.getBean(OfficeDirectory.class).findByCode("KANIM-WONOSOBO").orElseThrow().id();
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		Long id = transaction.execute((status) -> {
			LocalDate today = LocalDate.now(WIB);
			Instant now = reporterKind.protectedReporter() ? null : Instant.now();
			Report report = new Report(UUID.randomUUID().toString().replace("-", "").substring(0, 24), category,
					ReportChannel.IN_PERSON, reporterKind, false, villageCode, officeId, description,
					JSON.writeValueAsString(details), today, now, "id");
			report.submissionKey(submissionKey);
			reports.save(report);
			trail.append(report, "RECEIVED", null, ReportState.RECEIVED,
					reporterKind.protectedReporter() ? ReportTrail.REPORTER : "fixture", null, null, today, now);
			if (announce) {
				events.publishEvent(new ReportReceived(report.getId()));
			}
			return report.getId();
		});
		return reports.findById(id).orElseThrow();
	}

	/** The stored subject of a kind and normalised key. */
	public Subject subject(SubjectKind kind, String key) {
		return this.context.getBean(Subjects.class).findByKindAndNormalisedKey(kind, key).orElseThrow();
	}

	/** A demo account as the services see it. */
	public CurrentUser user(String username) {
		return (CurrentUser) this.context.getBean(UserDetailsService.class).loadUserByUsername(username);
	}

	/**
	 * A phone named in three RECRUITER reports of Pakuncen, Kaligowong and Kecis, written
	 * three ways.
	 * @return the subject
	 */
	public Subject phoneInThreeVillages() {
		String phone = uniquePhone();
		String e164 = e164(phone);
		report(PAKUNCEN, ReportCategory.RECRUITER, uniqueDescription("Calo menawarkan kerja ke Taiwan"),
				details("phoneNumbers", phone));
		report(KALIGOWONG, ReportCategory.RECRUITER, uniqueDescription("Sponsor mencari pekerja rumah tangga"),
				details("phoneNumbers", "+62 " + e164.substring(3, 6) + " " + e164.substring(6)));
		report(KECIS, ReportCategory.RECRUITER, uniqueDescription("Perekrut datang ke rumah warga"),
				details("phoneNumbers", "wa.me/" + e164.substring(1)));
		return subject(SubjectKind.PHONE, e164);
	}

	/**
	 * A phone named in one report of Kaliputih only (outside every demo PIMPASA's
	 * villages).
	 */
	public Subject phoneInKaliputih() {
		String phone = uniquePhone();
		report(KALIPUTIH, ReportCategory.RECRUITER, uniqueDescription("Calo di Kaliputih"),
				details("phoneNumbers", phone));
		return subject(SubjectKind.PHONE, e164(phone));
	}

	/**
	 * Two TRAFFICKING reports of Candi naming the same vehicle: a proposed duplicate.
	 * @return the proposal
	 */
	public DuplicateProposal duplicatePair() {
		String plate = uniquePlate();
		Report first = report(CANDI, ReportCategory.TRAFFICKING, uniqueDescription("Mobil menjemput warga malam hari"),
				details("vehicles", "Avanza hitam " + plate));
		Report second = report(CANDI, ReportCategory.TRAFFICKING, uniqueDescription("Warga dijemput mobil"),
				details("vehicles", plate.replace(" ", "")));
		return this.context.getBean(DuplicateProposals.class)
			.findByReportAAndReportB(first.getId(), second.getId())
			.orElseThrow();
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(RANDOM.nextInt(10));
		}
		return digits.toString();
	}

	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('A' + RANDOM.nextInt(26)));
		}
		return letters.toString();
	}

}
