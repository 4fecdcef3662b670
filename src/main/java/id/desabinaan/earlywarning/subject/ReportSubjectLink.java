package id.desabinaan.earlywarning.subject;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One report naming one subject: in which field ({@code personNames},
 * {@code phoneNumbers} ..., or {@code description}) and as written there.
 */
@Entity
@Table(name = "report_subject")
public class ReportSubjectLink {

	/** The field key of subjects found in a report's free description. */
	public static final String DESCRIPTION = "description";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private long subjectId;

	private String fieldKey;

	private String writtenAs;

	private Integer similarity;

	private LocalDate linkedOn;

	private String createdBy;

	protected ReportSubjectLink() {
	}

	ReportSubjectLink(long reportId, long subjectId, String fieldKey, String writtenAs, Integer similarity,
			LocalDate linkedOn, String createdBy) {
		this.reportId = reportId;
		this.subjectId = subjectId;
		this.fieldKey = fieldKey;
		this.writtenAs = writtenAs;
		this.similarity = similarity;
		this.linkedOn = linkedOn;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public long getSubjectId() {
		return this.subjectId;
	}

	public String getFieldKey() {
		return this.fieldKey;
	}

	public String getWrittenAs() {
		return this.writtenAs;
	}

	public Integer getSimilarity() {
		return this.similarity;
	}

	public LocalDate getLinkedOn() {
		return this.linkedOn;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
