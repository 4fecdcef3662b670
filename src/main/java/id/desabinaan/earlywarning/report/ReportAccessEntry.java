package id.desabinaan.earlywarning.report;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One view of a report by an account: who, when, for what, and whether with the contact.
 */
@Entity
@Table(name = "report_access")
public class ReportAccessEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private long accountId;

	private String username;

	private String purpose;

	private boolean withContact;

	private Instant occurredAt;

	protected ReportAccessEntry() {
	}

	ReportAccessEntry(long reportId, long accountId, String username, String purpose, boolean withContact,
			Instant occurredAt) {
		this.reportId = reportId;
		this.accountId = accountId;
		this.username = username;
		this.purpose = purpose;
		this.withContact = withContact;
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public boolean isWithContact() {
		return this.withContact;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
