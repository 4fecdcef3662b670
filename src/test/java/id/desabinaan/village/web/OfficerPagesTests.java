package id.desabinaan.village.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.village.VillageOutreach;
import id.desabinaan.village.internal.AppointmentDecree;
import id.desabinaan.village.internal.CriterionService;
import id.desabinaan.village.internal.LiaisonRole;
import id.desabinaan.village.internal.LiaisonService;
import id.desabinaan.village.internal.OfficerFixtures;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageService;

/**
 * The officers, liaisons, delegation and criteria pages, the public village page's
 * officers section, over real HTTP handling with the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficerPagesTests {

	static final String SK_DATE = "2024-04-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	VillageService villages;

	@Autowired
	OfficerService officers;

	@Autowired
	LiaisonService liaisons;

	@Autowired
	CriterionService criteria;

	@Autowired
	AccountAdministration administration;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	@Autowired
	ObjectProvider<VillageOutreach> outreach;

	OfficerFixtures fixtures() {
		return new OfficerFixtures(this.administration, this.offices, this.regions, this.villages, this.users);
	}

	CurrentUser as(String username) {
		return fixtures().user(username);
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	String code(long village) {
		return this.villages.viewFor(as("admin"), village).villageCode();
	}

	@Test
	void theHeadAppointsAnOfficerThroughTheFormAndTheVillagesPagesShowHim() throws Exception {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Lukman Hakim");
		CurrentUser head = as("kepala.wonosobo");
		Document form = page(get("/app/desa/" + village + "/petugas/baru").with(user(head)));
		assertThat(form.select("#officer option").eachAttr("value")).contains(String.valueOf(officer.accountId()));

		MockHttpServletResponse done = send(post("/app/desa/" + village + "/petugas/baru").with(user(head))
			.with(csrf())
			.param("officer", String.valueOf(officer.accountId()))
			.param("decreeNumber", "SK-HALAMAN/01")
			.param("decreeDate", SK_DATE)
			.param("startDate", "2024-04-02")
			.param("contact", "0812 0000 7777"));
		assertThat(done.getStatus()).isEqualTo(302);

		Document staff = page(get("/app/desa/" + village).with(user(as("intel.wonosobo"))));
		assertThat(staff.select("#appointments").text()).contains("Lukman Hakim", "+6281200007777", "SK-HALAMAN/01");
		assertThat(staff.select("#appoint")).isEmpty();
		Document resident = page(get("/desa/" + code(village)));
		assertThat(resident.select("#officers").text()).contains("Lukman Hakim", "+6281200007777")
			.doesNotContain(officer.getUsername());
		assertThat(resident.select("#officers a[href='tel:+6281200007777']")).hasSize(1);
	}

	@Test
	void aBadAppointmentShowsTheFormAgainWithWhatWasEnteredAndTheFieldsNamed() throws Exception {
		long village = fixtures().designatedWonosoboVillage();
		Document form = page(post("/app/desa/" + village + "/petugas/baru").with(user(as("kepala.wonosobo")))
			.with(csrf())
			.param("officer", "")
			.param("decreeNumber", "SK-SALAH/01")
			.param("decreeDate", "1 April")
			.param("startDate", "2024-04-02")
			.param("contact", "WA pribadi"));
		assertThat(form.select("#decreeNumber").val()).isEqualTo("SK-SALAH/01");
		assertThat(form.select("#decreeDate").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#officer").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select(".field-error").text()).contains("Pilih salah satu", "Tanggal tidak valid");
	}

	@Test
	void theHeadEndsAnAppointmentAndRotatesAnOfficerToASuccessorThroughThePages() throws Exception {
		OfficerFixtures fixtures = fixtures();
		long ended = fixtures.designatedWonosoboVillage();
		long handed = fixtures.designatedWonosoboVillage();
		CurrentUser old = fixtures.wonosoboOfficer("Nanang Kosim");
		CurrentUser successor = fixtures.wonosoboOfficer("Oktaviani Putri");
		CurrentUser head = as("kepala.wonosobo");
		AppointmentDecree sk = new AppointmentDecree("SK-ROT/01", LocalDate.of(2024, 4, 1));
		long first = this.officers.appoint(head, ended, old.accountId(), sk, LocalDate.of(2024, 4, 2), null);
		this.officers.appoint(head, handed, old.accountId(), sk, LocalDate.of(2024, 4, 2), null);

		assertThat(send(post("/app/desa/" + ended + "/petugas/" + first + "/akhiri").with(user(head))
			.with(csrf())
			.param("date", "2024-09-30")
			.param("reason", "Mutasi tugas")).getStatus()).isEqualTo(302);
		long office = this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
		Document rotation = page(get("/app/pimpasa/rotasi?office=" + office).with(user(head)));
		assertThat(rotation.select("#from option").eachAttr("value")).contains(String.valueOf(old.accountId()));
		assertThat(send(post("/app/pimpasa/rotasi?office=" + office).with(user(head))
			.with(csrf())
			.param("from", String.valueOf(old.accountId()))
			.param("to", String.valueOf(successor.accountId()))
			.param("date", this.officers.today(office).minusDays(1).toString())
			.param("decreeNumber", "")
			.param("decreeDate", "")
			.param("contact", "")).getRedirectedUrl()).isEqualTo("/app/pimpasa?office=" + office);

		Document list = page(get("/app/pimpasa").with(user(as("pimpasa.wonosobo"))));
		assertThat(list.select("#officer-" + successor.getUsername().replace(".", "\\.")).text())
			.contains(this.villages.viewFor(head, handed).villageName());
		assertThat(list.select("#officer-" + old.getUsername().replace(".", "\\.")).text()).contains("Tidak membina");
		assertThat(list.select("#rotate")).isEmpty();
		assertThat(page(get("/desa/" + code(handed))).select("#officers").text()).contains("Oktaviani Putri")
			.doesNotContain("Nanang Kosim");
		Document history = page(get("/app/desa/" + ended).with(user(head)));
		assertThat(history.select("#appointments").text()).contains("Nanang Kosim", "Mutasi tugas", "Berakhir");
	}

	@Test
	void aRotationWithoutSuccessorNamesTheField() throws Exception {
		long office = this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
		Document form = page(post("/app/pimpasa/rotasi?office=" + office).with(user(as("kepala.wonosobo")))
			.with(csrf())
			.param("from", "")
			.param("to", "")
			.param("date", "kemarin"));
		assertThat(form.select("#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#date").val()).isEqualTo("kemarin");
	}

	@Test
	void theHeadRecordsALiaisonAndGivesHimAnAccountThroughThePages() throws Exception {
		long village = fixtures().designatedWonosoboVillage();
		CurrentUser head = as("kepala.wonosobo");
		Document bad = page(post("/app/desa/" + village + "/penghubung/baru").with(user(head))
			.with(csrf())
			.param("role", "VILLAGE_HEAD")
			.param("name", "Purwanto")
			.param("phone", "12345")
			.param("termFrom", "2020-01-01"));
		assertThat(bad.select("#phone").attr("aria-invalid")).isEqualTo("true");
		assertThat(bad.select("#name").val()).isEqualTo("Purwanto");
		assertThat(send(post("/app/desa/" + village + "/penghubung/baru").with(user(head))
			.with(csrf())
			.param("role", "VILLAGE_HEAD")
			.param("name", "Purwanto")
			.param("phone", "0813 2700 8899")
			.param("termFrom", "2020-01-01")).getStatus()).isEqualTo(302);
		long liaison = this.liaisons.liaisonsOf(head, village).get(0).id();
		String username = "t.purwanto." + liaison;
		assertThat(send(post("/app/desa/" + village + "/penghubung/" + liaison + "/akun").with(user(head))
			.with(csrf())
			.param("username", username)
			.param("language", "id")
			.param("initialPassword", OfficerFixtures.PASSWORD)).getStatus()).isEqualTo(302);

		Document staff = page(get("/app/desa/" + village).with(user(as("pimpasa.wonosobo"))));
		assertThat(staff.select("#liaison-table").text()).contains("Kepala desa/lurah", "Purwanto", "+6281327008899",
				username);
		assertThat(staff.select("#add-liaison")).isEmpty();
		Document official = page(get("/app/desa/" + village).with(user(as(username))));
		assertThat(official.select("h1").text()).isNotBlank();
		assertThat(official.select("#liaisons")).isEmpty();
	}

	@Test
	void theHeadEndsALiaisonsTermThroughThePage() throws Exception {
		long village = fixtures().designatedWonosoboVillage();
		CurrentUser head = as("kepala.wonosobo");
		long liaison = this.liaisons.add(head, village, LiaisonRole.IMMIGRATION_AMBASSADOR, "Rahmat Hidayat",
				"081227005555", LocalDate.of(2024, 1, 1), null);
		Document missing = page(post("/app/desa/" + village + "/penghubung/" + liaison + "/akhiri").with(user(head))
			.with(csrf())
			.param("date", "2024-12-31")
			.param("reason", ""));
		assertThat(missing.select("#reason").attr("aria-invalid")).isEqualTo("true");
		assertThat(send(post("/app/desa/" + village + "/penghubung/" + liaison + "/akhiri").with(user(head))
			.with(csrf())
			.param("date", "2024-12-31")
			.param("reason", "Bekerja di Taiwan")).getStatus()).isEqualTo(302);
		assertThat(page(get("/app/desa/" + village).with(user(head))).select("#liaison-table").text())
			.contains("Rahmat Hidayat", "Bekerja di Taiwan");
	}

	@Test
	void theHeadGrantsAndRevokesTheDelegationOnItsPage() throws Exception {
		OfficerFixtures fixtures = fixtures();
		CurrentUser staff = fixtures.user(fixtures.account(Role.OFFICE_STAFF, "KANIM-WONOSOBO", "Staf Halaman"));
		CurrentUser head = as("kepala.wonosobo");
		Document before = page(get("/app/desa/delegasi").with(user(head)));
		assertThat(before.select("#accountId option").eachAttr("value")).contains(String.valueOf(staff.accountId()));
		long office = this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
		assertThat(send(post("/app/desa/delegasi?office=" + office).with(user(head))
			.with(csrf())
			.param("accountId", String.valueOf(staff.accountId()))).getStatus()).isEqualTo(302);
		assertThat(page(get("/app/desa/baru").with(user(staff))).select("h1").text()).isNotBlank();
		Document after = page(get("/app/desa/delegasi").with(user(head)));
		String revoke = after.select("#delegations tr:contains(" + staff.getUsername() + ") form").attr("action");
		assertThat(send(post(revoke).with(user(head)).with(csrf())).getStatus()).isEqualTo(302);
		assertThat(send(get("/app/desa/baru").with(user(staff))).getStatus()).isEqualTo(403);
	}

	@Test
	void theAdministratorAddsRenamesAndRetiresACriterionOnItsPages() throws Exception {
		CurrentUser admin = as("admin");
		String code = "HALAMAN_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		Document bad = page(post("/app/desa/kriteria/baru").with(user(admin))
			.with(csrf())
			.param("code", "x")
			.param("nameId", "Nama")
			.param("nameEn", "Name")
			.param("position", "9"));
		assertThat(bad.select("#code").attr("aria-invalid")).isEqualTo("true");
		assertThat(send(post("/app/desa/kriteria/baru").with(user(admin))
			.with(csrf())
			.param("code", code)
			.param("nameId", "Desa wisata dengan tamu asing")
			.param("nameEn", "Tourist village with foreign guests")
			.param("position", "9")).getStatus()).isEqualTo(302);
		assertThat(page(get("/app/desa/baru").with(user(as("kepala.wonosobo")))).text())
			.contains("Desa wisata dengan tamu asing");
		assertThat(send(post("/app/desa/kriteria/" + code).with(user(admin))
			.with(csrf())
			.param("nameId", "Desa wisata")
			.param("nameEn", "Tourist village")
			.param("position", "9")).getStatus()).isEqualTo(302);
		assertThat(send(post("/app/desa/kriteria/" + code + "/pensiun").with(user(admin)).with(csrf())).getStatus())
			.isEqualTo(302);
		Document list = page(get("/app/desa/kriteria").with(user(admin)));
		assertThat(list.select("#criterion-" + code).text()).contains("Desa wisata", "Tourist village", "Dipensiunkan");
		assertThat(page(get("/app/desa/baru").with(user(as("kepala.wonosobo")))).select("input[value=" + code + "]"))
			.isEmpty();
	}

	@Test
	void pakuncensPublicPageShowsItsOfficerItsHistoryInWibAndTheOutreachPlaceholders() throws Exception {
		Document pakuncen = page(get("/desa/33.07.06.2009"));
		assertThat(pakuncen.select("#officers").text()).contains("PIMPASA Wonosobo", "+6281200003307")
			.doesNotContain("Belum tercatat", "pimpasa.wonosobo", "Staf Kanim Wonosobo");
		assertThat(pakuncen.select("#history").text()).contains("7 Maret 2024 10:00 WIB", "Ditetapkan");
		if (this.outreach.getIfUnique() == null) {
			assertThat(pakuncen.select("#outreach").text()).contains("Belum tercatat");
			assertThat(pakuncen.select("#totals").text()).contains("Belum tercatat");
		}
		else {
			assertThat(pakuncen.select("#totals dl")).hasSize(1);
		}
		Document staff = page(get("/app/desa/" + this.villages.publicVillage("33.07.06.2009").id())
			.with(user(as("kepala.wonosobo"))));
		assertThat(staff.select("#history").text()).contains("10:00 WIB");
		assertThat(staff.select("#appointments").text()).contains("Staf Kanim Wonosobo", "(melalui rotasi)");
	}

	@Test
	void theOfficersSectionsSpeakEnglishToo() throws Exception {
		Document pakuncen = page(get("/desa/33.07.06.2009?lang=en"));
		assertThat(pakuncen.select("#officers").text()).contains("Village officers", "Serving since 14 October 2024");
		assertThat(pakuncen.select("#history").text()).contains("Designation history", "7 March 2024 10:00 WIB");
		Document staff = page(get("/app/desa/" + this.villages.publicVillage("33.07.06.2009").id() + "?lang=en")
			.with(user(as("kepala.wonosobo"))));
		assertThat(staff.select("#liaisons").text()).contains("Village liaisons", "Village head (kepala desa/lurah)",
				"End the term");
		assertThat(staff.select("#officers").text()).contains("Appoint an officer", "(by rotation)");
	}

	@Test
	void theAppointmentsApiShowsOnlyPublicFields() throws Exception {
		String current = send(get("/api/v1/appointments?village=33.07.06.2009")).getContentAsString();
		assertThat(current)
			.contains("\"officerName\":\"PIMPASA Wonosobo\"", "\"contact\":\"+6281200003307\"",
					"\"from\":\"2024-10-14\"")
			.doesNotContain("pimpasa.wonosobo", "accountId", "Staf Kanim Wonosobo", "decree");
		String all = send(get("/api/v1/appointments?village=33.07.06.2009&history=true")).getContentAsString();
		assertThat(all).contains("Staf Kanim Wonosobo", "\"until\":\"2024-10-13\"");
		MockHttpServletResponse missing = send(get("/api/v1/appointments"));
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("\"field\":\"village\"");
		assertThat(send(get("/api/v1/appointments?village=11.01.01.2001")).getStatus()).isEqualTo(404);
	}

	@Test
	void theDesignationsApiGivesTheHistoryInTheOfficesTimeZoneWithoutWhoOrWhy() throws Exception {
		String json = send(get("/api/v1/villages/33.07.06.2009/designations")).getContentAsString();
		assertThat(json)
			.contains("\"decreeNumber\":\"W13.IMI.IMI.5-GR.01.01-0311\"", "\"timeZone\":\"WIB\"",
					"2024-03-07T10:00:00+07:00", "\"to\":\"DESIGNATED\"")
			.doesNotContain("\"by\"", "reason", "demo", "verificationCode", "guests");
		assertThat(send(get("/api/v1/villages/11.01.01.2001/designations")).getStatus()).isEqualTo(404);
		assertThat(send(get("/api/v1/villages/bukan/designations")).getStatus()).isEqualTo(404);
	}

	@Test
	void staffAppointThroughTheApiWithTheSameRulesAndFieldNamedErrors() throws Exception {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Putri Ayu");
		String code = code(village);
		String body = """
				{"village":"%s","officer":"%s","decreeNumber":"SK-API/01","decreeDate":"%s","startDate":"%s",
				 "contact":"0812-0000-8888"}""";
		MockHttpServletResponse created = send(post("/api/v1/appointments").with(user(as("kepala.wonosobo")))
			.with(csrf())
			.contentType("application/json")
			.content(body.formatted(code, officer.getUsername(), SK_DATE, "2024-04-02")));
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getContentAsString()).contains("\"officerName\":\"Putri Ayu\"",
				"\"contact\":\"+6281200008888\"");

		MockHttpServletResponse badDate = send(post("/api/v1/appointments").with(user(as("kepala.wonosobo")))
			.with(csrf())
			.contentType("application/json")
			.content(body.formatted(code, officer.getUsername(), "01-04-2024", "2025-04-02")));
		assertThat(badDate.getStatus()).isEqualTo(400);
		assertThat(badDate.getContentType()).contains("application/problem+json");
		assertThat(badDate.getContentAsString()).contains("\"field\":\"decreeDate\"");
		MockHttpServletResponse unknown = send(post("/api/v1/appointments").with(user(as("kepala.wonosobo")))
			.with(csrf())
			.contentType("application/json")
			.content(body.formatted(code, "tidak.ada", SK_DATE, "2025-04-02")));
		assertThat(unknown.getContentAsString()).contains("\"field\":\"officer\"");
		MockHttpServletResponse overlap = send(post("/api/v1/appointments").with(user(as("kepala.wonosobo")))
			.with(csrf())
			.contentType("application/json")
			.content(body.formatted(code, officer.getUsername(), SK_DATE, "2025-04-02")));
		assertThat(overlap.getStatus()).isEqualTo(409);
		assertThat(send(post("/api/v1/appointments").with(user(as("pimpasa.wonosobo")))
			.with(csrf())
			.contentType("application/json")
			.content(body.formatted(code, officer.getUsername(), SK_DATE, "2025-04-02"))).getStatus()).isEqualTo(403);
		assertThat(this.officers.publicAppointments(village, false))
			.extracting(OfficerService.PublicAppointment::officerName)
			.isEqualTo(List.of("Putri Ayu"));
	}

}
