package id.desabinaan.earlywarning.intake.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.desabinaan.earlywarning.intake.ReportAttachment;
import id.desabinaan.earlywarning.intake.ReportAttachments;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.platform.FileStore;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;

/**
 * Staff download of a report's attachment by its SHA-256: for those who may read the
 * report ({@link ReportAccess#mayRead}), otherwise not revealed (404); every download is
 * written to the report's access log.
 */
@Controller
class AttachmentController {

	private final ReportAccess access;

	private final ReportViews views;

	private final ReportAttachments attachments;

	private final FileStore files;

	AttachmentController(ReportAccess access, ReportViews views, ReportAttachments attachments, FileStore files) {
		this.access = access;
		this.views = views;
		this.attachments = attachments;
		this.files = files;
	}

	@GetMapping("/app/laporan/{id}/lampiran/{sha}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable String sha) {
		Report report = this.access.readable(user, id);
		ReportAttachment attachment = (FileStore.isKey(sha))
				? this.attachments.findByReportIdAndFileKey(id, sha).orElse(null) : null;
		if (attachment == null) {
			throw new NotFoundException("earlywarning.report.notFound", id);
		}
		byte[] content = this.files.read(sha)
			.orElseThrow(() -> new NotFoundException("earlywarning.report.notFound", id));
		this.views.record(user, report, "ATTACHMENT", false);
		String extension = attachment.isImage() ? (attachment.getContentType().endsWith("png") ? "png" : "jpg") : "pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("laporan-" + id + "-" + sha.substring(0, 12) + "." + extension)
						.build()
						.toString())
			.body(content);
	}

}
