package id.desabinaan.village.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.PartnerVillage.Decree;
import id.desabinaan.village.internal.SelectionCriterion;
import id.desabinaan.village.internal.VillageFixtures;
import id.desabinaan.village.internal.VillageService;

/** Staff pages, public pages, verification and the API, over real HTTP handling. */
@SpringBootTest
@AutoConfigureMockMvc
class VillagePagesTests {

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

	String freeVillage() {
		return VillageFixtures.freeWonosoboVillage(this.regions, this.service, as("admin"));
	}

	long designated() {
		long id = this.service.propose(as("kepala.wonosobo"), freeVillage(), List.of(SelectionCriterion.POVERTY), null,
				null);
		this.service.designate(as("kepala.wonosobo"), id, new Decree("SK-PAGE/" + id, LocalDate.of(2025, 3, 4),
				"Kepala Kantor Imigrasi Wonosobo", null, null, List.of()));
		return id;
	}

	Document page(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void theHeadProposesAVillageAndIsSentToItsPage() throws Exception {
		String code = freeVillage();
		MockHttpServletResponse response = this.mvc
			.perform(post("/app/desa/baru").with(user(as("kepala.wonosobo")))
				.with(csrf())
				.param("villageQuery", code)
				.param("criteria", "MANY_ABROAD", "OTHER")
				.param("otherCriterion", "Jalur transit ke Jakarta"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		Document view = page(
				this.mvc.perform(get(location).with(user(as("kepala.wonosobo")))).andReturn().getResponse());
		assertThat(view.select("#designation").text()).contains(code, "Jalur transit ke Jakarta");
		assertThat(view.select("#designate")).hasSize(1);
	}

	@Test
	void aProposalWithoutReasonKeepsTheVillageAndNamesTheField() throws Exception {
		String code = freeVillage();
		Document form = page(this.mvc
			.perform(post("/app/desa/baru").with(user(as("kepala.wonosobo")))
				.with(csrf())
				.param("villageQuery", code)
				.param("note", "catatan saya"))
			.andReturn()
			.getResponse());
		assertThat(form.select("#village-query").val()).isNotBlank();
		assertThat(form.select("#note").text()).isEqualTo("catatan saya");
		assertThat(form.select(".field-error").text()).contains("alasan pemilihan");
	}

	@Test
	void aBadDecreeDateKeepsWhatWasEnteredAndNamesTheField() throws Exception {
		long id = this.service.propose(as("kepala.wonosobo"), freeVillage(), List.of(SelectionCriterion.POVERTY), null,
				null);
		Document form = page(this.mvc
			.perform(post("/app/desa/" + id + "/tetapkan").with(user(as("kepala.wonosobo")))
				.with(csrf())
				.param("decreeNumber", "SK-123")
				.param("decreeDate", "7 Maret")
				.param("signingOfficial", "Kepala Kantor"))
			.andReturn()
			.getResponse());
		assertThat(form.select("#decreeNumber").val()).isEqualTo("SK-123");
		assertThat(form.select("#decreeDate").val()).isEqualTo("7 Maret");
		assertThat(form.select("#decreeDate").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theHeadDesignatesSuspendsAndEndsAndTheHistoryShowsEachStep() throws Exception {
		long id = this.service.propose(as("kepala.wonosobo"), freeVillage(), List.of(SelectionCriterion.POVERTY), null,
				null);
		CurrentUser head = as("kepala.wonosobo");
		assertThat(this.mvc
			.perform(post("/app/desa/" + id + "/tetapkan").with(user(head))
				.with(csrf())
				.param("decreeNumber", "SK-9/2025")
				.param("decreeDate", "2025-02-01")
				.param("signingOfficial", "Kepala Kantor")
				.param("guests", "Budi; Disnaker\nSiti"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		this.mvc.perform(post("/app/desa/" + id + "/tangguhkan").with(user(head))
			.with(csrf())
			.param("reason", "Evaluasi")
			.param("date", "2025-06-01"));
		this.mvc.perform(post("/app/desa/" + id + "/akhiri").with(user(head))
			.with(csrf())
			.param("reason", "Selesai")
			.param("date", "2025-07-01"));
		Document view = page(this.mvc.perform(get("/app/desa/" + id).with(user(head))).andReturn().getResponse());
		assertThat(view.select("#history li")).hasSize(4);
		assertThat(view.select("#designation").text()).contains("Budi; Disnaker", "Selesai");
	}

	@Test
	void theVerificationPageStatesValidSuspendedOrEnded() throws Exception {
		long id = designated();
		DesignationView view = this.service.viewFor(as("admin"), id);
		String url = "/verifikasi/" + view.verificationCode();
		assertThat(page(this.mvc.perform(get(url)).andReturn().getResponse()).select("#verdict").text())
			.contains("SAH");
		this.service.suspend(as("kepala.wonosobo"), id, "Evaluasi", LocalDate.of(2025, 8, 1));
		assertThat(page(this.mvc.perform(get(url)).andReturn().getResponse()).select("#verdict").text())
			.contains("DITANGGUHKAN");
		this.service.end(as("kepala.wonosobo"), id, "Selesai", LocalDate.of(2025, 9, 1));
		Document ended = page(this.mvc.perform(get(url)).andReturn().getResponse());
		assertThat(ended.select("#verdict").text()).contains("TIDAK BERLAKU");
		assertThat(ended.text()).contains(view.villageCode(), "SK-PAGE/" + id, "Kepala Kantor Imigrasi Wonosobo")
			.doesNotContain("Selesai");
	}

	@Test
	void anUnknownVerificationCodeIsA404ThatRevealsNothing() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/verifikasi/ABCDEFGHJKMNPQRSTUVWXYZ2"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContain("ABCDEFGHJKMNPQRSTUVWXYZ2");
		assertThat(this.mvc.perform(get("/verifikasi/x")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void thePublicListFiltersByRegencyAndOffice() throws Exception {
		Document wonosobo = page(this.mvc.perform(get("/desa?province=33&regency=33.07")).andReturn().getResponse());
		assertThat(wonosobo.select("#villages a").eachAttr("href")).contains("/desa/33.07.06.2009")
			.noneMatch((href) -> href.startsWith("/desa/33.01."));
		Document cilacap = page(this.mvc.perform(get("/desa?province=33&regency=33.01")).andReturn().getResponse());
		assertThat(cilacap.select("#villages a").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.startsWith("/desa/33.01."));
	}

	@Test
	void thePublicVillagePageShowsPakuncenItsOfficeAndDecreeWithoutInventedData() throws Exception {
		Document pakuncen = page(this.mvc.perform(get("/desa/33.07.06.2009")).andReturn().getResponse());
		assertThat(pakuncen.select("h1").text()).contains("Pakuncen", "Selomerto", "Wonosobo");
		assertThat(pakuncen.text()).contains("33.07.06.2009", "Kantor Imigrasi Kelas II Non TPI Wonosobo",
				"7 Maret 2024");
		assertThat(this.mvc.perform(get("/desa/11.01.01.2001")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/desa/bukan-kode")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theApiListsPartnerVillagesAndOneByCode() throws Exception {
		String list = this.mvc.perform(get("/api/v1/villages?regency=33.07"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("\"regionCode\":\"33.07.06.2009\"").doesNotContain("33.01.01.2001");
		String one = this.mvc.perform(get("/api/v1/villages/33.07.06.2009"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(one).contains("\"officeCode\":\"KANIM-WONOSOBO\"", "\"decreeDate\":\"2024-03-07\"")
			.doesNotContain("verificationCode");
		assertThat(this.mvc.perform(get("/api/v1/villages/11.01.01.2001")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

}
