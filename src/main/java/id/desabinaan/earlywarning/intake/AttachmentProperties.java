package id.desabinaan.earlywarning.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of report attachments ({@code desabinaan.early-warning.attachments.*}). Photos
 * are also held to the platform's image limits ({@code desabinaan.images.*}).
 *
 * @param maxFiles most attachments per report
 * @param maxSize largest attachment accepted
 * @param maxPdfPages most pages of a PDF document
 */
@ConfigurationProperties("desabinaan.early-warning.attachments")
public record AttachmentProperties(@DefaultValue("3") int maxFiles, @DefaultValue("5MB") DataSize maxSize,
		@DefaultValue("50") int maxPdfPages) {

	public AttachmentProperties {
		if (maxFiles < 0 || maxSize.toBytes() < 1 || maxPdfPages < 1) {
			throw new IllegalArgumentException("desabinaan.early-warning.attachments.* must be positive");
		}
	}

}
