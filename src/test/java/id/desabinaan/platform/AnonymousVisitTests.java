package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.participant.DemoParticipants;
import id.desabinaan.outreach.quiz.QuizService;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * Reading a public page leaves no trace on the server: no HTTP session, no session
 * cookie. Residents are not tracked, and a flood of page views costs no session memory.
 * Only the language choice, when made, is remembered in a cookie of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AnonymousVisitTests {

	@LocalServerPort
	int port;

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	QuizService quizzes;

	@Autowired
	UserDetailsService users;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/tentang", "/?lang=en", "/wilayah?q=pakuncen", "/wilayah/33.07.06.2009",
			"/wilayah?wilayahQuery=pakuncen", "/kantor", "/kantor?wilayah=33.07.06.2009", "/kantor/KANIM-WONOSOBO",
			"/desa", "/desa?province=33&regency=33.07", "/desa/33.07.06.2009", "/verifikasi/ABCDEFGHJKMNPQRSTUVWXYZ2",
			"/api/v1/villages", "/api/v1/villages/33.07.06.2009", "/api/v1/regions?q=pakuncen", "/api/v1/offices",
			"/halaman-yang-tidak-ada",
			// branch officers
			"/api/v1/villages/33.07.06.2009/designations", "/api/v1/appointments?village=33.07.06.2009",
			// branch jobcheck
			"/cek-lowongan", "/cek-lowongan/hasil?visa=TOURIST&age=17&village=33.07.06.2009",
			"/cek-lowongan/hasil?age=abc", "/cek-lowongan/panggilan-balik/terkirim", "/poster/lapor-orang-asing",
			"/poster/lapor-orang-asing?kantor=KANIM-WONOSOBO", "/poster/lapor-orang-asing.pdf?desa=33.07.06.2009",
			"/poster/cek-lowongan.pdf", "/paspor/syarat",
			"/paspor/syarat?type=FIRST&under17=false&married=true&electronic=true&validity=10&sameDay=true&wilayahQuery=pakuncen",
			"/paspor/syarat?type=LOST&validity=10", "/paspor/tarif", "/api/v1/fees?date=2025-01-01",
			"/api/v1/requirements?type=DAMAGED&region=33.07.06.2009", "/info", "/info?wilayah=33.07.06.2009",
			"/info/paspor-anak", "/info/paspor-anak?lang=en", "/info/tidak-ada-artikel", "/cari", "/cari?q=perdagangan",
			"/cari?q=paspor&wilayah=33.07.06.2009", "/api/v1/articles", "/api/v1/articles/paspor-anak",
			"/api/v1/search?q=paspor",
			// branch outreach
			"/api/v1/activities", "/api/v1/activities?village=33.07.06.2009",
			"/api/v1/activities?from=2024-03-01&to=2024-03-31", "/api/v1/activities/999999999",
			// branch participants
			"/kuis/ABCDEFGHJKMNPQRSTUVW" })
	void publicPagesCreateNoSession(String path) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isIn(200, 404);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

	/**
	 * The quiz link of the demo sosialisasi, opened and answered (the demo link is
	 * closed, so nothing is stored), and the quiz results API.
	 */
	@Test
	void theQuizLinkAndItsResultsCreateNoSession() throws Exception {
		long activity = DemoParticipants
			.pakuncenActivity(this.activities, this.villages, DemoParticipants.ACTIVITY_TITLE,
					DemoParticipants.ACTIVITY_DATE)
			.orElseThrow()
			.id();
		String code = this.quizzes.overview((CurrentUser) this.users.loadUserByUsername("admin"), activity).code();
		for (HttpRequest request : List.of(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/kuis/" + code)).build(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/kuis/" + code))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("phase=PRE&answers%5B0%5D=0"))
					.build(),
				HttpRequest
					.newBuilder(URI
						.create("http://localhost:" + this.port + "/api/v1/activities/" + activity + "/quiz-results"))
					.build())) {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		}
	}

}
