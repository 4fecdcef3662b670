package id.desabinaan.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.internal.OfficeFixtures;
import id.desabinaan.office.internal.OfficeService;
import id.desabinaan.office.internal.OfficeView;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * The staff pages under /app/kantor for every role. Each test builds its own Kanwil with
 * two Kanim (one with a UKK) on regencies nobody serves, so that edits never touch the
 * demo offices other tests read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficeService service;

	@Autowired
	OfficeDirectory directory;

	@Autowired
	RegionDirectory regions;

	@Autowired
	AuditLog audit;

	OfficeFixtures fixtures;

	List<String> free;

	long kanwil;

	long kanim;

	long ukk;

	long otherKanim;

	@BeforeEach
	void offices() {
		this.fixtures = new OfficeFixtures(this.service, this.directory, this.regions);
		this.free = this.fixtures.freeRegencies(4);
		this.kanwil = this.fixtures.kanwil();
		this.kanim = this.fixtures.kanim(this.kanwil, List.of(this.free.get(0)));
		this.ukk = this.fixtures.ukk(this.kanim, this.free.get(0));
		this.otherKanim = this.fixtures.kanim(this.kanwil, List.of(this.free.get(1)));
	}

	CurrentUser as(Role role) {
		return switch (role.scopeLevel()) {
			case NATIONAL -> OfficeFixtures.user(role, Scope.national());
			case REGIONAL -> OfficeFixtures.user(role, Scope.regional(this.kanwil));
			case OFFICE -> OfficeFixtures.user(role, Scope.office(this.kanim));
			case VILLAGE -> OfficeFixtures.user(role, Scope.village("33.07.06.2009"));
		};
	}

	static MockHttpServletRequestBuilder page(String path, Object... vars) {
		return get(path, vars).accept("text/html");
	}

	MockHttpServletRequestBuilder createPost(CurrentUser user, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", OfficeFixtures.unique("KANIM"));
		fields.put("name", "Kantor Imigrasi Kelas II TPI Uji");
		fields.put("level", "OFFICE");
		fields.put("parentId", String.valueOf(this.kanwil));
		fields.put("officeClass", "II");
		fields.put("tpi", "true");
		fields.put("timeZone", "Asia/Jakarta");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/app/kantor/baru").with(user(user)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	MockHttpServletRequestBuilder editPost(CurrentUser user, long id, String workingArea) {
		OfficeView office = this.service.publicView(id);
		return post("/app/kantor/{id}/ubah", id).with(user(user))
			.with(csrf())
			.param("name", office.name())
			.param("parentId", String.valueOf(office.parent().id()))
			.param("officeClass", office.officeClass().name())
			.param("tpi", office.tpi().toString())
			.param("timeZone", office.timeZone())
			.param("address", "Jl. Diubah 9")
			.param("workingArea", workingArea);
	}

	// ---- list and view ----

	@Test
	void asksAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(page("/app/kantor")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theAdministratorListsEveryOffice() throws Exception {
		this.mvc.perform(page("/app/kantor").with(user(as(Role.SYSTEM_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Direktorat Jenderal Imigrasi"),
					containsString("Kantor Imigrasi Kelas I TPI Yogyakarta"), containsString("/app/kantor/baru"))));
	}

	@Test
	void aRegionalViewerListsOnlyHisKanwil() throws Exception {
		this.mvc.perform(page("/app/kantor").with(user(as(Role.REGIONAL_VIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/app/kantor/" + this.kanim + "\""),
					containsString("/app/kantor/" + this.ukk + "\""),
					containsString("/app/kantor/" + this.otherKanim + "\""),
					not(containsString("Kantor Imigrasi Kelas II Non TPI Wonosobo")),
					not(containsString("/app/kantor/baru")))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OFFICE_HEAD", "INTEL_ANALYST", "PIMPASA", "OFFICE_STAFF" })
	void officeRolesListAndViewTheirKanimAndItsSubOffice(Role role) throws Exception {
		CurrentUser user = as(role);
		this.mvc.perform(page("/app/kantor").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/app/kantor/" + this.kanim + "\""),
					containsString("/app/kantor/" + this.ukk + "\""),
					not(containsString("/app/kantor/" + this.otherKanim + "\"")))));
		this.mvc.perform(page("/app/kantor/{id}", this.kanim).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.free.get(0))));
		this.mvc.perform(page("/app/kantor/{id}", this.ukk).with(user(user))).andExpect(status().isOk());
		this.mvc.perform(page("/app/kantor/{id}", this.otherKanim).with(user(user))).andExpect(status().isForbidden());
		this.mvc.perform(page("/app/kantor/{id}", this.kanwil).with(user(user))).andExpect(status().isForbidden());
	}

	@Test
	void aNationalViewerViewsAnyOfficeButCannotEdit() throws Exception {
		CurrentUser viewer = as(Role.NATIONAL_VIEWER);
		long yogyakarta = this.fixtures.id("KANIM-YOGYAKARTA");
		this.mvc.perform(page("/app/kantor/{id}", yogyakarta).with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kantor Imigrasi Kelas I TPI Yogyakarta"),
					not(containsString("/ubah")), not(containsString("/nonaktifkan")))));
		this.mvc.perform(page("/app/kantor/{id}/ubah", yogyakarta).with(user(viewer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRegionalViewerCannotOpenAnOfficeOfAnotherKanwil() throws Exception {
		this.mvc
			.perform(
					page("/app/kantor/{id}", this.fixtures.id("KANIM-YOGYAKARTA")).with(user(as(Role.REGIONAL_VIEWER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aVillageOfficialIsRefusedEveryStaffPage() throws Exception {
		CurrentUser village = as(Role.VILLAGE_OFFICIAL);
		long wonosobo = this.fixtures.id("KANIM-WONOSOBO");
		for (String path : List.of("/app/kantor", "/app/kantor/baru", "/app/kantor/" + wonosobo,
				"/app/kantor/" + wonosobo + "/ubah")) {
			this.mvc.perform(page(path).with(user(village))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/app/kantor/{id}/kontak", wonosobo).with(user(village)).with(csrf()).param("address", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownOfficeIsNotFound() throws Exception {
		this.mvc.perform(page("/app/kantor/{id}", Long.MAX_VALUE).with(user(as(Role.SYSTEM_ADMIN))))
			.andExpect(status().isNotFound());
	}

	// ---- create ----

	@Test
	void theAdministratorCreatesAKanimWithItsWorkingArea() throws Exception {
		CurrentUser admin = as(Role.SYSTEM_ADMIN);
		this.mvc.perform(page("/app/kantor/baru").with(user(admin))).andExpect(status().isOk());
		String code = OfficeFixtures.unique("KANIM");
		this.mvc.perform(createPost(admin, "code", code, "workingArea", this.free.get(2)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/app/kantor/*"))
			.andExpect(flash().attribute("flash", "office.flash.created"));
		long id = this.fixtures.id(code);
		assertThat(this.directory.workingArea(id)).containsExactly(this.free.get(2));
		assertThat(this.audit.count("OFFICE_CREATED", "office:" + id)).isEqualTo(1);
		assertThat(this.audit.count("OFFICE_AREA_CHANGED", "office:" + id)).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SYSTEM_ADMIN", "VILLAGE_OFFICIAL" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyTheAdministratorMayCreate(Role role) throws Exception {
		CurrentUser user = as(role);
		this.mvc.perform(page("/app/kantor/baru").with(user(user))).andExpect(status().isForbidden());
		String code = OfficeFixtures.unique("KANIM");
		this.mvc.perform(createPost(user, "code", code)).andExpect(status().isForbidden());
		assertThat(this.directory.findByCode(code)).isEmpty();
	}

	@Test
	void creatingNeedsTheCsrfToken() throws Exception {
		String code = OfficeFixtures.unique("KANIM");
		this.mvc
			.perform(post("/app/kantor/baru").with(user(as(Role.SYSTEM_ADMIN)))
				.param("code", code)
				.param("name", "Kanim")
				.param("level", "OFFICE")
				.param("parentId", String.valueOf(this.kanwil))
				.param("officeClass", "II")
				.param("tpi", "false"))
			.andExpect(status().isForbidden());
		assertThat(this.directory.findByCode(code)).isEmpty();
	}

	@Test
	void aMalformedWorkingAreaCodeKeepsTheFormAndNamesTheField() throws Exception {
		String code = OfficeFixtures.unique("KANIM");
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "code", code, "workingArea", "33-07"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"workingArea-error\""),
					containsString("Wilayah kerja: &quot;33-07&quot; bukan kode kabupaten/kota"),
					containsString(">33-07</textarea>"), containsString("value=\"" + code + "\""),
					containsString("value=\"Kantor Imigrasi Kelas II TPI Uji\""))));
		assertThat(this.directory.findByCode(code)).isEmpty();
	}

	@Test
	void anUnknownRegencyKeepsTheForm() throws Exception {
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "workingArea", "33.99"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("kabupaten/kota dengan kode 33.99 tidak ada"),
					containsString(">33.99</textarea>"))));
	}

	@Test
	void aRegencyServedByAnotherOfficeIsRefusedNamingThatOffice() throws Exception {
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "workingArea", this.free.get(2) + ", 33.07"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"kabupaten/kota 33.07 sudah termasuk wilayah kerja Kantor Imigrasi Kelas II Non TPI Wonosobo"),
					containsString(this.free.get(2) + ", 33.07</textarea>"))));
		assertThat(this.directory.servingOffice(RegionCode.of(this.free.get(2)))).isEmpty();
	}

	@Test
	void missingRequiredFieldsAreShownInEnglishToo() throws Exception {
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "name", " ", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<p class=\"field-error\" id=\"name-error\">Required.</p>"),
							containsString("Some entries are not right yet."))));
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "officeClass", "", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An immigration office needs a class.")));
	}

	@Test
	void aKanimUnderAKanimIsRefusedOnTheParentField() throws Exception {
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "parentId", String.valueOf(this.kanim)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak dapat menjadi induk kantor ini")));
	}

	@Test
	void aTamperedChoiceIsATranslatedFieldError() throws Exception {
		this.mvc.perform(createPost(as(Role.SYSTEM_ADMIN), "level", "PROVINCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilihan tidak dikenal.")));
	}

	// ---- edit ----

	@Test
	void theAdministratorAddsAndRemovesRegenciesAndTheChangeIsAudited() throws Exception {
		CurrentUser admin = as(Role.SYSTEM_ADMIN);
		this.mvc.perform(page("/app/kantor/{id}/ubah", this.otherKanim).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("name=\"workingArea\""), containsString(this.free.get(1) + "</textarea>"))));
		this.mvc.perform(editPost(admin, this.otherKanim, this.free.get(2) + ", " + this.free.get(3)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/app/kantor/" + this.otherKanim))
			.andExpect(flash().attribute("flash", "office.flash.saved"));
		assertThat(this.directory.workingArea(this.otherKanim)).containsExactlyInAnyOrder(this.free.get(2),
				this.free.get(3));
		assertThat(this.directory.servingOffice(RegionCode.of(this.free.get(1)))).isEmpty();
		assertThat(this.audit.count("OFFICE_AREA_CHANGED", "office:" + this.otherKanim)).isEqualTo(2);
		assertThat(this.service.publicView(this.otherKanim).address()).isEqualTo("Jl. Diubah 9");
	}

	@Test
	void theRegionPickerAddsARegencyFoundByName() throws Exception {
		String name = this.regions.find(RegionCode.of(this.free.get(2))).orElseThrow().name();
		this.mvc
			.perform(editPost(as(Role.SYSTEM_ADMIN), this.otherKanim, this.free.get(1)).param("addRegencyQuery", name))
			.andExpect(status().is3xxRedirection());
		assertThat(this.directory.workingArea(this.otherKanim)).containsExactlyInAnyOrder(this.free.get(1),
				this.free.get(2));
	}

	@Test
	void anAmbiguousNameInTheRegionPickerOffersTheCandidatesAndSavesNothing() throws Exception {
		this.mvc
			.perform(editPost(as(Role.SYSTEM_ADMIN), this.otherKanim, this.free.get(1)).param("addRegencyQuery",
					"Magelang"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"addRegency\" value=\"33.08\""),
					containsString("name=\"addRegency\" value=\"33.71\""),
					containsString("Ada beberapa wilayah untuk &quot;Magelang&quot;"),
					containsString(this.free.get(1) + "</textarea>"))));
		assertThat(this.service.publicView(this.otherKanim).address()).isEqualTo("Jl. Uji 1");
	}

	@Test
	void aRegencyPickedThatAnotherOfficeServesIsRefusedAndKeptInTheForm() throws Exception {
		this.mvc
			.perform(editPost(as(Role.SYSTEM_ADMIN), this.otherKanim, this.free.get(1)).param("addRegency", "33.08")
				.param("addRegencyQuery", "Magelang"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"kabupaten/kota 33.08 sudah termasuk wilayah kerja Kantor Imigrasi Kelas II Non TPI Wonosobo"),
					containsString(this.free.get(1) + ", 33.08</textarea>"))));
		assertThat(this.directory.workingArea(this.otherKanim)).containsExactly(this.free.get(1));
	}

	@Test
	void removingTheRegencyWhereASubOfficeSitsKeepsTheForm() throws Exception {
		this.mvc.perform(editPost(as(Role.SYSTEM_ADMIN), this.kanim, this.free.get(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak dapat dikeluarkan karena UKK Uji")));
		assertThat(this.directory.workingArea(this.kanim)).containsExactly(this.free.get(0));
	}

	@Test
	void theEditFormShowsOnlyTheFieldsOfTheOfficesLevel() throws Exception {
		CurrentUser admin = as(Role.SYSTEM_ADMIN);
		this.mvc.perform(page("/app/kantor/{id}/ubah", this.ukk).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"locationRegencyCode\""),
					not(containsString("name=\"workingArea\"")), not(containsString("name=\"officeClass\"")))));
		this.mvc.perform(page("/app/kantor/{id}/ubah", this.kanwil).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("name=\"locationRegencyCode\"")),
					not(containsString("name=\"workingArea\"")), not(containsString("name=\"officeClass\"")))));
	}

	@Test
	void aSubOfficeCannotMoveOutsideItsKanimsWorkingArea() throws Exception {
		this.mvc
			.perform(post("/app/kantor/{id}/ubah", this.ukk).with(user(as(Role.SYSTEM_ADMIN)))
				.with(csrf())
				.param("name", "UKK dipindah")
				.param("parentId", String.valueOf(this.kanim))
				.param("timeZone", "Asia/Jakarta")
				.param("locationRegencyCode", this.free.get(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"locationRegencyCode-error\""),
					containsString("Kabupaten/kota " + this.free.get(1) + " tidak termasuk wilayah kerja"),
					containsString("value=\"UKK dipindah\""))));
		assertThat(this.service.publicView(this.ukk).location().code()).isEqualTo(this.free.get(0));
	}

	@Test
	void anOfficeHeadGetsTheContactFormForHisKanimAndSavesIt() throws Exception {
		CurrentUser head = as(Role.OFFICE_HEAD);
		this.mvc.perform(page("/app/kantor/{id}/ubah", this.kanim).with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/app/kantor/" + this.kanim + "/kontak"),
					not(containsString("name=\"workingArea\"")), not(containsString("name=\"parentId\"")))));
		this.mvc
			.perform(post("/app/kantor/{id}/kontak", this.kanim).with(user(head))
				.with(csrf())
				.param("address", "Jl. Kepala 1")
				.param("phone", "(0286) 321 000")
				.param("email", "kanim@example.id"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/app/kantor/" + this.kanim));
		OfficeView office = this.service.publicView(this.kanim);
		assertThat(office.address()).isEqualTo("Jl. Kepala 1");
		assertThat(office.phone()).isEqualTo("(0286) 321 000");
		assertThat(this.audit.count("OFFICE_CONTACT_CHANGED", "office:" + this.kanim)).isEqualTo(1);
	}

	@Test
	void anOfficeHeadCannotChangeWorkingAreaOrHierarchy() throws Exception {
		this.mvc.perform(editPost(as(Role.OFFICE_HEAD), this.kanim, this.free.get(0) + ", " + this.free.get(2)))
			.andExpect(status().isForbidden());
		assertThat(this.directory.workingArea(this.kanim)).containsExactly(this.free.get(0));
		assertThat(this.service.publicView(this.kanim).address()).isEqualTo("Jl. Uji 1");
	}

	@Test
	void anOfficeHeadCannotEditTheSubOfficeOrAnotherKanim() throws Exception {
		CurrentUser head = as(Role.OFFICE_HEAD);
		for (long id : List.of(this.ukk, this.otherKanim)) {
			this.mvc.perform(page("/app/kantor/{id}/ubah", id).with(user(head))).andExpect(status().isForbidden());
			this.mvc.perform(post("/app/kantor/{id}/kontak", id).with(user(head)).with(csrf()).param("address", "x"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.service.publicView(this.otherKanim).address()).isEqualTo("Jl. Uji 1");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "INTEL_ANALYST", "PIMPASA", "OFFICE_STAFF", "REGIONAL_VIEWER" })
	void otherStaffCannotEditTheirKanim(Role role) throws Exception {
		CurrentUser user = as(role);
		this.mvc.perform(page("/app/kantor/{id}/ubah", this.kanim).with(user(user))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/app/kantor/{id}/kontak", this.kanim).with(user(user)).with(csrf()).param("address", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(editPost(user, this.kanim, this.free.get(0))).andExpect(status().isForbidden());
		assertThat(this.service.publicView(this.kanim).address()).isEqualTo("Jl. Uji 1");
	}

	@Test
	void aBadPhoneNumberKeepsTheContactForm() throws Exception {
		this.mvc
			.perform(post("/app/kantor/{id}/kontak", this.kanim).with(user(as(Role.OFFICE_HEAD)))
				.with(csrf())
				.param("address", "Jl. Tetap 3")
				.param("phone", "call me")
				.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nomor telepon hanya boleh berisi angka"),
					containsString("Alamat surel tidak valid"), containsString("value=\"Jl. Tetap 3\""))));
		assertThat(this.service.publicView(this.kanim).address()).isEqualTo("Jl. Uji 1");
	}

	@Test
	void changingTheContactNeedsTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/app/kantor/{id}/kontak", this.kanim).with(user(as(Role.OFFICE_HEAD)))
				.param("address", "Jl. Tanpa Token"))
			.andExpect(status().isForbidden());
		assertThat(this.service.publicView(this.kanim).address()).isEqualTo("Jl. Uji 1");
	}

	// ---- retire ----

	@Test
	void theAdministratorRetiresAnOfficeWithAReason() throws Exception {
		CurrentUser admin = as(Role.SYSTEM_ADMIN);
		this.mvc
			.perform(post("/app/kantor/{id}/nonaktifkan", this.ukk).with(user(admin))
				.with(csrf())
				.param("reason", "digabung"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "office.flash.retired"));
		assertThat(this.service.publicView(this.ukk).active()).isFalse();
	}

	@Test
	void retiringAKanimThatStillServesIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/app/kantor/{id}/nonaktifkan", this.otherKanim).with(user(as(Role.SYSTEM_ADMIN)))
				.with(csrf())
				.param("reason", "ditutup"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "office.retire.hasWorkingArea"));
		assertThat(this.service.publicView(this.otherKanim).active()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SYSTEM_ADMIN" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyTheAdministratorMayRetire(Role role) throws Exception {
		this.mvc.perform(
				post("/app/kantor/{id}/nonaktifkan", this.ukk).with(user(as(role))).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		assertThat(this.service.publicView(this.ukk).active()).isTrue();
	}

}
