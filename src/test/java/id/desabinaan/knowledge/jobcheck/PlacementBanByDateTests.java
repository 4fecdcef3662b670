package id.desabinaan.knowledge.jobcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.knowledge.KnowledgeFixtures;
import id.desabinaan.knowledge.MovableClock;
import id.desabinaan.knowledge.regulation.Country;
import id.desabinaan.knowledge.regulation.PlacementBanVersion;
import id.desabinaan.knowledge.regulation.RegulatedData;

/**
 * The job-offer check reads the placement bans from the dated regulated data: a ban an
 * editor adds from a future date changes the check's answer (and the destinations the
 * form offers) on that date in WIB, and not the day before. The test moves the
 * application's clock ({@link MovableClock}, the same context as the fee browser test),
 * to years no other test uses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import(MovableClock.Config.class)
class PlacementBanByDateTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** Household work in Taiwan through a licensed company: procedural today. */
	static final String TAIWAN_HOUSEHOLD = "/cek-lowongan/hasil?destination=TW&job=HOUSEHOLD&recruiter=LICENSED_AGENCY"
			+ "&agencyName=PT+Contoh&visa=WORK&fee=NONE&contract=YES&familyPermission=YES&passportHolder=SELF&age=25"
			+ "&departure=LATER";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	RegulatedData<PlacementBanVersion> bans;

	@Autowired
	UserDetailsService users;

	private final HttpClient client = HttpClient.newHttpClient();

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aFutureBanChangesTheCheckOnItsDayAndNotBefore() throws Exception {
		LocalDate day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextLong(3000));
		this.clock.set(day.minusDays(30).atTime(9, 0).atZone(WIB).toInstant());
		var admin = KnowledgeFixtures.user(this.users, "admin");
		this.bans.add(admin,
				new PlacementBanVersion(new Country("TW", "Taiwan", "Taiwan"), "DOMESTIC_WORK_INDIVIDUAL",
						"Pekerja rumah tangga pada pengguna perseorangan", "Domestic work for individual employers",
						day, null, "Keputusan uji larangan " + day));
		this.bans.add(admin,
				new PlacementBanVersion(new Country("MV", "Maladewa", "Maldives"), "DOMESTIC_WORK_INDIVIDUAL",
						"Pekerja rumah tangga pada pengguna perseorangan", "Domestic work for individual employers",
						day, null, "Keputusan uji larangan " + day));

		this.clock.set(day.atStartOfDay(WIB).toInstant().minusSeconds(60));
		Document before = page(TAIWAN_HOUSEHOLD);
		assertThat(before.select("#sign-PLACEMENT_BAN")).as("23:59 WIB the day before").isEmpty();
		assertThat(before.select("#no-signs")).hasSize(1);
		assertThat(page("/cek-lowongan").select("select#destination option[value=MV]")).isEmpty();

		this.clock.set(day.atStartOfDay(WIB).toInstant().plusSeconds(60));
		Document on = page(TAIWAN_HOUSEHOLD);
		assertThat(on.select("#sign-PLACEMENT_BAN h3").text())
			.isEqualTo("Negara tujuan dan pekerjaan yang penempatannya dihentikan");
		assertThat(on.select("#sign-PLACEMENT_BAN .jobcheck-ban").text()).contains("Taiwan",
				"Pekerja rumah tangga pada pengguna perseorangan", "Keputusan uji larangan " + day);
		assertThat(page(TAIWAN_HOUSEHOLD.replace("job=HOUSEHOLD", "job=FACTORY")).select("#sign-PLACEMENT_BAN"))
			.as("the ban is for household work only")
			.isEmpty();
		assertThat(page("/cek-lowongan").select("select#destination option[value=MV]").text())
			.as("a country with a ban in force can be chosen")
			.isEqualTo("Maladewa");
	}

	@Test
	void theShippedBanForSaudiArabiaIsFoundTodayWithItsSource() throws Exception {
		Document page = page(TAIWAN_HOUSEHOLD.replace("destination=TW", "destination=SA"));

		assertThat(page.select("#sign-PLACEMENT_BAN .jobcheck-ban").text()).contains("Arab Saudi",
				"Kepmenaker 260/2015", "1 Juli 2015");
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
