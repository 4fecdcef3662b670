package id.desabinaan.village.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.internal.CertificateRenderer;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.VillageService;

/**
 * The certificate PDF of a DESIGNATED partner village, for staff who may read the
 * designation (404 for other states: a suspended or ended designation is not printed).
 */
@Controller
class CertificateController {

	private final VillageService villages;

	private final CertificateRenderer renderer;

	CertificateController(VillageService villages, CertificateRenderer renderer) {
		this.villages = villages;
		this.renderer = renderer;
	}

	@GetMapping("/app/desa/{id}/sertifikat.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			Locale locale) {
		if (user == null || !user.role().isStaff()) {
			throw new AccessDeniedException("Certificates are printed by staff");
		}
		DesignationView designation = this.villages.certificateFor(user, id);
		byte[] pdf = this.renderer.render(designation, locale);
		String filename = "sertifikat-desa-binaan-" + designation.villageCode() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(pdf);
	}

}
