package id.desabinaan.village.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.VillageOutreach;

/**
 * The public village page shows what the outreach module records for the village: its
 * upcoming activities with the office's time zone and the programme's totals (the demo
 * activities of Pakuncen, through the real outreach module).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicOutreachSectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VillageOutreach outreach;

	@Autowired
	PartnerVillageDirectory villages;

	@Test
	void theVillagePageShowsTheUpcomingActivitiesInTheOfficesTimeZoneAndTheTotals() throws Exception {
		long pakuncen = this.villages.findByCode(RegionCode.of("33.07.06.2009")).orElseThrow().id();
		List<VillageOutreach.UpcomingActivity> upcoming = this.outreach.upcoming(pakuncen, 5);
		VillageOutreach.Totals totals = this.outreach.totals(pakuncen);
		assertThat(upcoming).as("the demo data keeps an upcoming activity in Pakuncen").isNotEmpty();
		assertThat(totals.activities()).isPositive();

		Document page = Jsoup
			.parse(this.mvc.perform(get("/desa/33.07.06.2009")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#outreach").text()).contains(upcoming.get(0).title(), upcoming.get(0).place(), "WIB")
			.doesNotContain("Belum tercatat");
		assertThat(page.select("#totals").text()).contains(Integer.toString(totals.activities()),
				Integer.toString(totals.participants()));
	}

}
