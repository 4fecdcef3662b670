package id.desabinaan.earlywarning.intake;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One attachment of a report: the key (SHA-256) of its cleaned content in the file store.
 * No file name, no upload time.
 */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private int position;

	private String fileKey;

	private String contentType;

	private long sizeBytes;

	protected ReportAttachment() {
	}

	ReportAttachment(long reportId, int position, String fileKey, String contentType, long sizeBytes) {
		this.reportId = reportId;
		this.position = position;
		this.fileKey = Objects.requireNonNull(fileKey, "fileKey");
		this.contentType = Objects.requireNonNull(contentType, "contentType");
		this.sizeBytes = sizeBytes;
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public int getPosition() {
		return this.position;
	}

	/** The SHA-256 of the stored content, lower-case hex: the digest on the receipt. */
	public String getFileKey() {
		return this.fileKey;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	/** Whether it is a photo (shown as such), else a PDF document. */
	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
