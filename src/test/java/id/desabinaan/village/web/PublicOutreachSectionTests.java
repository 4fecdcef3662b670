package id.desabinaan.village.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.village.VillageOutreach;

/**
 * When the outreach module provides {@link VillageOutreach}, the public village page
 * lists the upcoming activities with their time zone and the programme's totals. This
 * test stands in for the outreach module with fixed figures (the module itself lives on
 * another branch).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PublicOutreachSectionTests.FixedOutreach.class)
class PublicOutreachSectionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theVillagePageShowsUpcomingActivitiesInTheOfficesTimeZoneAndTheTotals() throws Exception {
		Document page = Jsoup
			.parse(this.mvc.perform(get("/desa/33.07.06.2009")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#outreach").text())
			.contains("Sosialisasi paspor untuk calon PMI", "12 Juni 2099 09:30 WIB", "Balai Desa Pakuncen")
			.doesNotContain("Belum tercatat");
		assertThat(page.select("#totals").text()).contains("14", "1234", "2 Mei 2025");
	}

	@TestConfiguration
	static class FixedOutreach {

		@Bean
		@Primary
		VillageOutreach fixedOutreach() {
			return new VillageOutreach() {

				@Override
				public List<UpcomingActivity> upcoming(long villageId, int limit) {
					return List.of(new UpcomingActivity(
							ZonedDateTime.of(2099, 6, 12, 9, 30, 0, 0, ZoneId.of("Asia/Jakarta")),
							"village.public.outreach", "Sosialisasi paspor untuk calon PMI", "Balai Desa Pakuncen"));
				}

				@Override
				public Totals totals(long villageId) {
					return new Totals(14, 1234, LocalDate.of(2025, 5, 2));
				}

			};
		}

	}

}
