package id.desabinaan.office.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public office pages a resident opens without an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicOfficePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheOfficesGroupedByKanwil() throws Exception {
		this.mvc.perform(get("/kantor"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kantor imigrasi dan wilayah kerjanya"),
					containsString("Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah"),
					containsString("Kantor Imigrasi Kelas II Non TPI Wonosobo"),
					containsString("Unit Kerja Kantor Imigrasi Wonosobo di Kabupaten Magelang"),
					containsString("Kantor Imigrasi Kelas I TPI Yogyakarta"),
					containsString("/kantor/KANIM-WONOSOBO"))))
			.andExpect(content().string(not(containsString("id=\"serving\""))));
	}

	@Test
	void showsWhichOfficeServesDesaPakuncenWithItsContact() throws Exception {
		this.mvc.perform(get("/kantor").param("wilayah", "33.07.06.2009"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"serving\""), containsString("Kantor yang melayani Pakuncen, Selomerto"),
							containsString("Kantor Imigrasi Kelas II Non TPI Wonosobo"),
							containsString("Jl. Raya Banyumas Km. 5,5"), containsString("value=\"33.07.06.2009\""))));
	}

	@Test
	void findsTheServingOfficeByTheVillagesNameAndKecamatan() throws Exception {
		this.mvc.perform(get("/kantor").param("wilayahQuery", "Pakuncen, Selomerto"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kantor yang melayani Pakuncen, Selomerto"),
					containsString("Kantor Imigrasi Kelas II Non TPI Wonosobo"))));
	}

	@Test
	void offersTheFiveVillagesNamedPakuncenToChooseFrom() throws Exception {
		this.mvc.perform(get("/kantor").param("wilayahQuery", "pakuncen"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"wilayah\" value=\"33.07.06.2009\""),
					containsString("value=\"pakuncen\""), not(containsString("id=\"serving\"")))));
		this.mvc.perform(get("/kantor").param("wilayahQuery", "pakuncen").param("wilayah", "33.07.06.2009"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kantor Imigrasi Kelas II Non TPI Wonosobo")));
	}

	@Test
	void explainsAMalformedCode() throws Exception {
		this.mvc.perform(get("/kantor").param("wilayah", "33.07.06.20091"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"wilayah-error\""),
					containsString("bukan kode wilayah yang valid"), containsString("value=\"33.07.06.20091\""))));
	}

	@Test
	void explainsAnUnknownCodeAndARegionNobodyServes() throws Exception {
		this.mvc.perform(get("/kantor").param("wilayah", "33.07.06.9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"wilayah-error\"")));
		this.mvc.perform(get("/kantor").param("wilayah", "33"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("id=\"serving-problem\""),
					containsString("Belum ada kantor imigrasi yang wilayah kerjanya mencakup Jawa Tengah"))));
	}

	@Test
	void showsOneOfficeWithItsWorkingArea() throws Exception {
		this.mvc.perform(get("/kantor/KANIM-WONOSOBO"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kantor Imigrasi Kelas II Non TPI Wonosobo"),
					containsString("33.23"), containsString("Temanggung"), containsString("Purworejo"),
					containsString("Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah"))));
	}

	@Test
	void answersNotFoundForAnUnknownOfficeCode() throws Exception {
		this.mvc.perform(get("/kantor/KANIM-ATLANTIS").accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/kantor").param("lang", "en").param("wilayah", "33.07.06.2009"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Immigration offices and their working areas"),
					containsString("The office serving Pakuncen"))));
	}

}
