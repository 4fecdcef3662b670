package id.desabinaan.office.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.internal.OfficeFixtures;
import id.desabinaan.office.internal.OfficeService;
import id.desabinaan.region.RegionDirectory;

/**
 * The public JSON API, without an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficeService service;

	@Autowired
	OfficeDirectory directory;

	@Autowired
	RegionDirectory regions;

	OfficeFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OfficeFixtures(this.service, this.directory, this.regions);
	}

	@Test
	void answersThatKanimWonosoboServesDesaPakuncen() throws Exception {
		this.mvc.perform(get("/api/v1/regions/33.07.06.2009/office"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.code").value("KANIM-WONOSOBO"))
			.andExpect(jsonPath("$.name").value("Kantor Imigrasi Kelas II Non TPI Wonosobo"))
			.andExpect(jsonPath("$.level").value("OFFICE"))
			.andExpect(jsonPath("$.officeClass").value("II"))
			.andExpect(jsonPath("$.tpi").value(false))
			.andExpect(jsonPath("$.timeZone").value("Asia/Jakarta"))
			.andExpect(jsonPath("$.address", containsString("Wonosobo")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "33.07", "33.07.06", "33.23", "33.71", "33.08.01" })
	void answersTheServingKanimForKecamatanAndKabupatenToo(String code) throws Exception {
		this.mvc.perform(get("/api/v1/regions/{code}/office", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("KANIM-WONOSOBO"));
	}

	@Test
	void answersAnotherKanimOutsideWonosobosArea() throws Exception {
		this.mvc.perform(get("/api/v1/regions/34.71/office"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("KANIM-YOGYAKARTA"));
	}

	@Test
	void answersNotFoundWhenNoKanimServesTheRegion() throws Exception {
		String free = this.fixtures.freeRegencies(1).get(0);
		this.mvc.perform(get("/api/v1/regions/{code}/office", free))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail", containsString("Belum ada kantor imigrasi")));
	}

	@Test
	void answersNotFoundForAProvinceAndForAnUnknownCode() throws Exception {
		this.mvc.perform(get("/api/v1/regions/33/office"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/regions/33.07.06.9999/office"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("33.07.06.9999")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "33-07", "abc", "33.7", "33.07.06.20091" })
	void answersBadRequestNamingTheFieldForAMalformedCode(String code) throws Exception {
		this.mvc.perform(get("/api/v1/regions/{code}/office", code))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void listsTheActiveHierarchy() throws Exception {
		this.mvc.perform(get("/api/v1/offices"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("DITJEN"))
			.andExpect(jsonPath("$[*].code",
					hasItems("KANWIL-JATENG", "KANIM-WONOSOBO", "UKK-MAGELANG", "KANIM-SEMARANG", "KANWIL-DIY",
							"KANIM-YOGYAKARTA")))
			.andExpect(jsonPath("$[*].active", everyItem(is(true))));
	}

	@Test
	void filtersTheListByLevelAndParent() throws Exception {
		this.mvc.perform(get("/api/v1/offices").param("level", "REGIONAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].level", everyItem(is("REGIONAL"))))
			.andExpect(jsonPath("$[*].code", hasItems("KANWIL-JATENG", "KANWIL-DIY")));
		long jateng = this.fixtures.id("KANWIL-JATENG");
		this.mvc.perform(get("/api/v1/offices").param("parent", String.valueOf(jateng)).param("level", "OFFICE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("KANIM-WONOSOBO", "KANIM-SEMARANG", "KANIM-SURAKARTA")))
			.andExpect(jsonPath("$[*].code", not(hasItem("KANIM-YOGYAKARTA"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("UKK-MAGELANG"))));
	}

	@Test
	void refusesAnUnknownLevelWithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/offices").param("level", "PROVINCE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void showsOneOfficeWithParentChildrenAndWorkingArea() throws Exception {
		long wonosobo = this.fixtures.id("KANIM-WONOSOBO");
		this.mvc.perform(get("/api/v1/offices/{id}", wonosobo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(wonosobo))
			.andExpect(jsonPath("$.parent.code").value("KANWIL-JATENG"))
			.andExpect(jsonPath("$.children[*].code", hasItem("UKK-MAGELANG")))
			.andExpect(jsonPath("$.workingArea[*].code", hasItems("33.06", "33.07", "33.08", "33.23", "33.71")))
			.andExpect(jsonPath("$.workingArea.length()").value(5))
			.andExpect(jsonPath("$.workingArea[?(@.code == '33.07')].name", hasItem(containsString("Wonosobo"))));
	}

	@Test
	void showsWhereASubOfficeSits() throws Exception {
		this.mvc.perform(get("/api/v1/offices/{id}", this.fixtures.id("UKK-MAGELANG")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("SUB_OFFICE"))
			.andExpect(jsonPath("$.location.code").value("33.08"))
			.andExpect(jsonPath("$.parent.code").value("KANIM-WONOSOBO"))
			.andExpect(jsonPath("$.workingArea.length()").value(0));
	}

	@Test
	void answersNotFoundForAnUnknownOfficeAndBadRequestForANonNumericId() throws Exception {
		this.mvc.perform(get("/api/v1/offices/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/offices/wonosobo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersInEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/api/v1/regions/33/office").header("Accept-Language", "en").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("No immigration office")));
	}

}
