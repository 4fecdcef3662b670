package id.desabinaan.earlywarning.queue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDraft;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.village.internal.OfficerFixtures;
import id.desabinaan.village.internal.VillageFixtures;

/**
 * Reports, accounts and offices made for one test of the queue, with unique names: the
 * reports are written through the core repository and trail (never through intake), in
 * Kanim Wonosobo unless a test asks for a fixture office of its own.
 */
final class QueueFixtures {

	static final String PAKUNCEN = "33.07.06.2009";

	/**
	 * A Selomerto village that is no partner village (its reports keep no demo village
	 * from silence).
	 */
	static final String OTHER_VILLAGE = "33.07.06.2003";

	static final String PASSWORD = OfficerFixtures.PASSWORD;

	private final Reports reports;

	private final ReportTrail trail;

	private final TransactionTemplate transactions;

	private final OfficeDirectory offices;

	private final UserDetailsService users;

	private final AccountAdministration administration;

	private final JdbcTemplate jdbc;

	QueueFixtures(ApplicationContext context) {
		this.reports = context.getBean(Reports.class);
		this.trail = context.getBean(ReportTrail.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		this.offices = context.getBean(OfficeDirectory.class);
		this.users = context.getBean(UserDetailsService.class);
		this.administration = context.getBean(AccountAdministration.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	CurrentUser user(String username) {
		return VillageFixtures.user(this.users, username);
	}

	long wonosobo() {
		return this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
	}

	/** A new account; returns it signed in. */
	CurrentUser account(Role role, Long officeId, String villageCode) {
		String username = "t.ewq." + UUID.randomUUID().toString().substring(0, 8);
		CurrentUser admin = user("admin");
		OfficerFixtures.signedIn(admin, () -> this.administration.create(admin,
				new AccountDraft(username, "Uji " + username, role, officeId, villageCode, "id", PASSWORD)));
		return user(username);
	}

	/** A new Kanim under Kanwil Jawa Tengah, inserted directly; returns its code. */
	String office() {
		String code = unique("EWQ").toUpperCase(Locale.ROOT);
		long kanwil = this.offices.findByCode("KANWIL-JATENG").orElseThrow().id();
		this.jdbc.update(
				"insert into office (code, name, level, parent_id, parent_level, office_class, tpi, time_zone, active, "
						+ "created_at, created_by) values (?, ?, 'OFFICE', ?, 'REGIONAL', 'II', false, 'Asia/Jakarta', "
						+ "true, ?, 'test')",
				code, "Kantor Uji " + code, kanwil, Timestamp.from(Instant.now()));
		return code;
	}

	long officeId(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

	/**
	 * A report to build, with sensible defaults: a Pakuncen recruiter report in Wonosobo.
	 */
	Draft report(String description) {
		return new Draft(description);
	}

	/**
	 * Appends an entry whose hash does not match the chain, with plain JDBC (the database
	 * refuses updates and deletes of entries, not inserts).
	 */
	void breakTrail(long reportId) {
		Integer last = this.jdbc.queryForObject("select max(seq) from report_entry where report_id = ?", Integer.class,
				reportId);
		int seq = (last != null) ? last + 1 : 1;
		this.jdbc.update(
				"insert into report_entry (report_id, seq, kind, actor, occurred_on, previous_hash, hash) "
						+ "values (?, ?, 'NOTE', 'intruder', ?, ?, ?)",
				reportId, seq, LocalDate.now(), "f".repeat(64), "e".repeat(64));
	}

	final class Draft {

		private final String description;

		private ReportCategory category = ReportCategory.RECRUITER;

		private String village = PAKUNCEN;

		private Long office;

		private String details = "{}";

		private String place;

		private WarningRiskLevel risk = WarningRiskLevel.LOW;

		private int score;

		private Long submittedBy;

		private Long assignedTo;

		private LocalDate receivedOn = LocalDate.now();

		private ReportState state = ReportState.RECEIVED;

		private String contactPhone;

		private Draft(String description) {
			this.description = description;
		}

		Draft category(ReportCategory value) {
			this.category = value;
			return this;
		}

		Draft village(String code) {
			this.village = code;
			return this;
		}

		Draft office(long id) {
			this.office = id;
			return this;
		}

		Draft details(String json) {
			this.details = json;
			return this;
		}

		Draft place(String text) {
			this.place = text;
			return this;
		}

		Draft risk(WarningRiskLevel level, int points) {
			this.risk = level;
			this.score = points;
			return this;
		}

		Draft by(CurrentUser user) {
			this.submittedBy = user.accountId();
			return this;
		}

		Draft assignedTo(CurrentUser user) {
			this.assignedTo = user.accountId();
			return this;
		}

		Draft receivedDaysAgo(int days) {
			this.receivedOn = LocalDate.now().minusDays(days);
			return this;
		}

		Draft state(ReportState value) {
			this.state = value;
			return this;
		}

		Draft contact(String phone) {
			this.contactPhone = phone;
			return this;
		}

		/** Stores the report with its first trail entry (and one per state move). */
		long save() {
			return QueueFixtures.this.transactions.execute((status) -> {
				long officeId = (this.office != null) ? this.office : wonosobo();
				Report report = new Report(unique("EWQ").toUpperCase(Locale.ROOT), this.category, ReportChannel.WEB,
						(this.submittedBy != null) ? ReporterKind.STAFF : ReporterKind.ANONYMOUS, false, this.village,
						officeId, this.description, this.details, this.receivedOn,
						(this.submittedBy != null) ? Instant.now() : null, "id");
				report.submissionKey(unique("ewqueue-test"));
				report.scoreRisk(this.score, this.risk);
				report.submittedBy(this.submittedBy);
				report.assignTo(this.assignedTo);
				if (this.place != null) {
					report.placeAt(this.place, null, null);
				}
				if (this.contactPhone != null) {
					report.contact("Warga Uji", this.contactPhone, null);
				}
				Report saved = QueueFixtures.this.reports.saveAndFlush(report);
				QueueFixtures.this.trail.append(saved, "RECEIVED", null, ReportState.RECEIVED, "test", null, null,
						this.receivedOn, null);
				walk(saved);
				QueueFixtures.this.reports.saveAndFlush(saved);
				return saved.getId();
			});
		}

		private void walk(Report report) {
			ReportState[] path = { ReportState.UNDER_VERIFICATION, ReportState.VERIFIED, ReportState.ESCALATED };
			for (ReportState next : path) {
				if (report.getState() == this.state) {
					return;
				}
				ReportState from = report.getState();
				report.moveTo(next, null, null, this.receivedOn, null);
				QueueFixtures.this.trail.append(report, "STATE", from, next, "test", "uji", null, this.receivedOn,
						null);
			}
			if (this.state == ReportState.CLOSED && report.getState() != ReportState.CLOSED) {
				ReportState from = report.getState();
				report.moveTo(ReportState.CLOSED, id.desabinaan.earlywarning.ClosingReason.UNFOUNDED, null,
						this.receivedOn, null);
				QueueFixtures.this.trail.append(report, "STATE", from, ReportState.CLOSED, "test", "uji", null,
						this.receivedOn, null);
			}
		}

	}

}
