package id.desabinaan.outreach;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.platform.SanitizedImage;
import id.desabinaan.shared.AuditedEntity;

/**
 * A photo of an activity: the sanitized image and its thumbnail in the file store, named
 * by their SHA-256.
 */
@Entity
@Table(name = "outreach_activity_photo")
class ActivityPhoto extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private String fileKey;

	private String thumbnailKey;

	private String contentType;

	private int width;

	private int height;

	private long sizeBytes;

	protected ActivityPhoto() {
	}

	ActivityPhoto(long activityId, SanitizedImage image, String fileKey, String thumbnailKey) {
		this.activityId = activityId;
		this.fileKey = fileKey;
		this.thumbnailKey = thumbnailKey;
		this.contentType = image.contentType();
		this.width = image.width();
		this.height = image.height();
		this.sizeBytes = image.content().length;
	}

	Long getId() {
		return this.id;
	}

	long getActivityId() {
		return this.activityId;
	}

	String getFileKey() {
		return this.fileKey;
	}

	String getThumbnailKey() {
		return this.thumbnailKey;
	}

	String getContentType() {
		return this.contentType;
	}

	ActivityView.Photo view() {
		return new ActivityView.Photo(this.id, this.width, this.height);
	}

}
