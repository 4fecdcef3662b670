package id.desabinaan.earlywarning.queue;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * A partner village's weekly return for one ISO week: "nothing to report" or the number
 * of reports the village made. One per village and week; submitting the week again
 * corrects it (the audit columns keep who changed it last and when).
 */
@Entity
@Table(name = "report_weekly_return")
class WeeklyReturn extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String villageCode;

	private long officeId;

	private int weekYear;

	private int weekNumber;

	private LocalDate weekStart;

	private boolean nothingToReport;

	private int reportsMade;

	private String note;

	private long submittedBy;

	private LocalDate submittedOn;

	protected WeeklyReturn() {
	}

	WeeklyReturn(String villageCode, long officeId, IsoWeek week) {
		this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
		this.officeId = officeId;
		this.weekYear = week.year();
		this.weekNumber = week.number();
		this.weekStart = week.start();
	}

	/** Records (or corrects) the answer: 0 reports means nothing to report. */
	void answer(int reports, String note, long accountId, LocalDate on) {
		if (reports < 0) {
			throw new IllegalArgumentException("reports must not be negative");
		}
		this.reportsMade = reports;
		this.nothingToReport = reports == 0;
		this.note = note;
		this.submittedBy = accountId;
		this.submittedOn = on;
	}

	public Long getId() {
		return this.id;
	}

	public String getVillageCode() {
		return this.villageCode;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public IsoWeek week() {
		return new IsoWeek(this.weekYear, this.weekNumber);
	}

	public LocalDate getWeekStart() {
		return this.weekStart;
	}

	public LocalDate weekEnd() {
		return this.weekStart.plusDays(6);
	}

	public boolean isNothingToReport() {
		return this.nothingToReport;
	}

	public int getReportsMade() {
		return this.reportsMade;
	}

	public String getNote() {
		return this.note;
	}

	public long getSubmittedBy() {
		return this.submittedBy;
	}

	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

}
