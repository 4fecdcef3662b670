package id.desabinaan.earlywarning.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message between the reporter and the office. A reporter's message keeps its date
 * only; an officer's keeps its moment and author.
 */
@Entity
@Table(name = "report_message")
public class ReportMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private boolean fromReporter;

	private Long authorId;

	private String body;

	private LocalDate sentOn;

	private Instant sentAt;

	protected ReportMessage() {
	}

	ReportMessage(long reportId, boolean fromReporter, Long authorId, String body, LocalDate sentOn, Instant sentAt) {
		this.reportId = reportId;
		this.fromReporter = fromReporter;
		this.authorId = authorId;
		this.body = body;
		this.sentOn = sentOn;
		this.sentAt = sentAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public boolean isFromReporter() {
		return this.fromReporter;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getBody() {
		return this.body;
	}

	public LocalDate getSentOn() {
		return this.sentOn;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
