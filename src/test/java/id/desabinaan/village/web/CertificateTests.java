package id.desabinaan.village.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.CertificateReader;
import id.desabinaan.village.CertificateReader.Certificate;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.PartnerVillage.Decree;
import id.desabinaan.village.internal.SelectionCriterion;
import id.desabinaan.village.internal.VillageFixtures;
import id.desabinaan.village.internal.VillageService;

/** The certificate PDF: its text, its page format and the QR code's target. */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VillageService service;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	CurrentUser as(String username) {
		return VillageFixtures.user(this.users, username);
	}

	@Test
	void theCertificateNamesOfficeVillageCodeDecreeAndSignatoryAndItsQrOpensTheVerificationPage() throws Exception {
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.service, as("admin"));
		long id = this.service.propose(as("kepala.wonosobo"), code, List.of(SelectionCriterion.MANY_ABROAD), null,
				null);
		this.service.designate(as("kepala.wonosobo"), id, new Decree("W13.IMI.IMI.5-GR.01.01-" + id,
				LocalDate.of(2025, 3, 7), "Kepala Kantor Imigrasi Wonosobo", null, null, List.of()));
		DesignationView view = this.service.viewFor(as("admin"), id);
		MockHttpServletResponse response = this.mvc
			.perform(get("/app/desa/" + id + "/sertifikat.pdf").with(user(as("staf.wonosobo"))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		Certificate certificate = CertificateReader.read(response.getContentAsByteArray());
		assertThat(certificate.landscape()).isTrue();
		assertThat(certificate.pages()).isEqualTo(1);
		String text = certificate.text();
		assertThat(text).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo", view.villageName(), code,
				"W13.IMI.IMI.5-GR.01.01-" + id, "7 Maret 2025", "Kepala Kantor Imigrasi Wonosobo");
		assertThat(certificate.qr()).isEqualTo("http://localhost:8080/verifikasi/" + view.verificationCode());
	}

	@Test
	void aProposalHasNoCertificateYet() throws Exception {
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.service, as("admin"));
		long id = this.service.propose(as("kepala.wonosobo"), code, List.of(SelectionCriterion.MANY_ABROAD), null,
				null);
		assertThat(this.mvc.perform(get("/app/desa/" + id + "/sertifikat.pdf").with(user(as("kepala.wonosobo"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
