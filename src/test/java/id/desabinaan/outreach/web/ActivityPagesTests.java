package id.desabinaan.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityStatus;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.AttendanceSource;
import id.desabinaan.outreach.OutreachFixtures;
import id.desabinaan.platform.ExifJpeg;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * The activity pages through the whole web stack (security filters, binding, templates):
 * recording in one step with attendance and a photo, refused uploads, attendance totals,
 * list filters, the calendar, held and cancelled.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ActivityPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	ActivityService activities;

	MockMvc mvc;

	OutreachFixtures fixtures;

	PartnerVillageSummary village;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.fixtures = new OutreachFixtures(this.applicationContext);
		this.village = this.fixtures.village();
		this.officer = this.fixtures.officerOf(this.village);
	}

	MockMultipartHttpServletRequestBuilder newActivity(MockMultipartFile photo) {
		LocalDateTime yesterday = LocalDateTime.now().minusDays(1);
		MockMultipartHttpServletRequestBuilder request = multipart("/app/kegiatan/baru");
		if (photo != null) {
			request.file(photo);
		}
		request.with(user(this.officer))
			.with(csrf())
			.param("villageId", Long.toString(this.village.id()))
			.param("type", "SOSIALISASI")
			.param("title", "Sosialisasi migrasi aman RT 03")
			.param("date", yesterday.toLocalDate().toString())
			.param("time", "19:30")
			.param("place", "Rumah Pak RT 03")
			.param("officerIds", Long.toString(this.officer.accountId()))
			.param("materials", "Leaflet paspor; 35\nStiker; 20")
			.param("shownPublicly", "true")
			.param("held", "true")
			.param("attendance.male.from17to25", "6")
			.param("attendance.male.from26to40", "4")
			.param("attendance.female.from17to25", "9")
			.param("attendance.female.over60", "1")
			.param("attendance.groups.prospectiveMigrants", "8")
			.param("attendance.groups.generalPublic", "12");
		return request;
	}

	MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static long idOf(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as(response.getContentAsByteArray().length + " bytes").isEqualTo(302);
		return Long.parseLong(response.getRedirectedUrl().replaceFirst(".*/app/kegiatan/", ""));
	}

	@Test
	void anOfficerRecordsAHeldSosialisasiWithAttendanceAndAPhotoWithoutItsGpsPosition() throws Exception {
		byte[] jpeg = ExifJpeg.withGps(800, 600, 1);
		long id = idOf(perform(newActivity(new MockMultipartFile("photo", "IMG_20261120.jpg", "image/jpeg", jpeg))));

		ActivityView activity = this.activities.find(this.officer, id);
		assertThat(activity.status()).isEqualTo(ActivityStatus.HELD);
		assertThat(activity.participants()).isEqualTo(20);
		assertThat(activity.attendanceSource()).isEqualTo(AttendanceSource.COUNTS);
		assertThat(activity.materials()).hasSize(2);
		assertThat(activity.photos()).hasSize(1);
		assertThat(activity.startsAt().toLocalTime().toString()).isEqualTo("19:30");
		assertThat(activity.zoneLabel()).isEqualTo("WIB");

		Document page = Jsoup.parse(perform(get("/app/kegiatan/" + id).with(user(this.officer))).getContentAsString());
		assertThat(page.select("#activity-title").text()).isEqualTo("Sosialisasi migrasi aman RT 03");
		assertThat(page.select("#activity-when").text()).endsWith("19:30 WIB");
		assertThat(page.select("#participants").text()).contains("20 peserta", "10 laki-laki", "10 perempuan");
		String thumbnail = page.select("#photos img").attr("src");
		assertThat(thumbnail).endsWith("/kecil");

		MockHttpServletResponse small = perform(get(thumbnail).with(user(this.officer)));
		assertThat(small.getStatus()).isEqualTo(200);
		assertThat(small.getContentType()).isEqualTo("image/jpeg");
		MockHttpServletResponse photo = perform(get(thumbnail.replace("/kecil", "")).with(user(this.officer)));
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(ExifJpeg.hasExif(jpeg)).isTrue();
		assertThat(ExifJpeg.hasExif(photo.getContentAsByteArray())).isFalse();
		assertThat(new String(photo.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");

		// photos are served only within scope
		CurrentUser colleague = this.fixtures.officerOf(this.fixtures.village());
		assertThat(perform(get(thumbnail).with(user(colleague))).getStatus()).isEqualTo(403);
		MockHttpServletResponse anonymous = perform(get(thumbnail).accept(MediaType.TEXT_HTML));
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/masuk");
		assertThat(perform(get(thumbnail).with(user(this.fixtures.user("kepala.yogyakarta")))).getStatus())
			.isEqualTo(403);
	}

	@Test
	void aTextFileNamedJpgIsRefusedNextToThePhotoFieldAndTheFormKeepsWhatWasEntered() throws Exception {
		MockMultipartFile text = new MockMultipartFile("photo", "foto.jpg", "image/jpeg",
				"bukan foto".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = perform(newActivity(text));
		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#photo ~ .field-error").text()).isEqualTo("Berkas ini bukan foto JPEG atau PNG.");
		assertThat(form.select("#title").val()).isEqualTo("Sosialisasi migrasi aman RT 03");
		assertThat(form.select("#place").val()).isEqualTo("Rumah Pak RT 03");
		assertThat(form.select("#materials").text()).contains("Leaflet paspor; 35");
		assertThat(form.select("#attendance-female-from17to25").val()).isEqualTo("9");
		assertThat(form.select("input[type=checkbox][name=held]").hasAttr("checked")).isTrue();
		assertThat(this.activities.list(this.officer, id.desabinaan.outreach.ActivityFilter.all())).isEmpty();
	}

	@Test
	void aPictureNamedAsAProgramIsRefusedInEnglishToo() throws Exception {
		MockMultipartFile png = new MockMultipartFile("photo", "foto.exe", "application/octet-stream",
				ExifJpeg.picture(60, 40, "png"));
		MockHttpServletResponse response = perform(newActivity(png).param("lang", "en"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#photo ~ .field-error").text())
			.isEqualTo("This file is not a JPEG or PNG photo.");
	}

	@Test
	void aPhotoOverTheLimitIsRefusedWithItsSize() throws Exception {
		byte[] large = new byte[5 * 1024 * 1024 + 10];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		MockHttpServletResponse response = perform(
				newActivity(new MockMultipartFile("photo", "besar.jpg", "image/jpeg", large)));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#photo ~ .field-error").text())
			.isEqualTo("Foto terlalu besar: paling besar 5 MB.");
	}

	@Test
	void groupTotalsThatDifferFromSexAndAgeTotalsAreRefusedOnTheGroups() throws Exception {
		MockHttpServletResponse response = perform(
				newActivity(null).param("attendance.groups.generalPublic", "2").param("lang", "id"));
		// the last value of a repeated parameter is not what Spring binds: send a fresh
		// form
		response = perform(multipart("/app/kegiatan/baru").with(user(this.officer))
			.with(csrf())
			.param("villageId", Long.toString(this.village.id()))
			.param("type", "SOSIALISASI")
			.param("title", "Sosialisasi")
			.param("date", LocalDateTime.now().minusDays(2).toLocalDate().toString())
			.param("time", "09:00")
			.param("place", "Balai Desa")
			.param("held", "true")
			.param("attendance.male.from26to40", "10")
			.param("attendance.groups.students", "7")
			.param("attendance.groups.generalPublic", "x"));
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#attendance-groups-generalPublic-error").text())
			.isEqualTo("Isi bilangan bulat 0 atau lebih.");

		long held = this.fixtures.heldActivity(this.officer, this.village);
		response = perform(post("/app/kegiatan/" + held + "/kehadiran").with(user(this.officer))
			.with(csrf())
			.param("male.from26to40", "10")
			.param("female.from17to25", "5")
			.param("groups.students", "7"));
		assertThat(response.getStatus()).isEqualTo(200);
		form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#groupTotal-error").text()).startsWith("Jumlah per kelompok sasaran (7)")
			.contains("(15)");
		assertThat(form.select("#male-from26to40").val()).isEqualTo("10");

		response = perform(post("/app/kegiatan/" + held + "/kehadiran").with(user(this.officer))
			.with(csrf())
			.param("male.from26to40", "10")
			.param("female.from17to25", "5")
			.param("groups.students", "7")
			.param("groups.generalPublic", "8"));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.activities.find(this.officer, held).participants()).isEqualTo(15);
	}

	@Test
	void theListFiltersByTypeAndTheCalendarShowsTheMonth() throws Exception {
		long planned = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.of(2031, 11, 20, 9, 0)));
		Document list = Jsoup.parse(perform(get("/app/kegiatan").with(user(this.officer))).getContentAsString());
		assertThat(list.select("#activities a").eachAttr("href")).contains("/app/kegiatan/" + planned);
		Document filtered = Jsoup.parse(perform(
				get("/app/kegiatan").with(user(this.officer)).param("jenis", "SCHOOL_SESSION").param("status", "x"))
			.getContentAsString());
		assertThat(filtered.select("#activities a").eachAttr("href")).doesNotContain("/app/kegiatan/" + planned);
		Document period = Jsoup.parse(perform(get("/app/kegiatan").with(user(this.officer))
			.param("desa", Long.toString(this.village.id()))
			.param("dari", "2031-11-20")
			.param("sampai", "2031-11-20")).getContentAsString());
		assertThat(period.select("#activities a").eachAttr("href")).containsExactly("/app/kegiatan/" + planned);

		Document calendar = Jsoup.parse(perform(
				get("/app/kegiatan/kalender").with(user(this.officer)).param("bulan", "2031-11").param("lang", "en"))
			.getContentAsString());
		assertThat(calendar.select("h1").text()).contains("November 2031");
		assertThat(calendar.select("#calendar td.busy").text()).contains("20 Nov", "09:00 WIB",
				"Sosialisasi paspor dan migrasi aman");
		assertThat(calendar.select("#previous-month").attr("href")).contains("bulan=2031-10");
		Document december = Jsoup
			.parse(perform(get("/app/kegiatan/kalender").with(user(this.officer)).param("bulan", "2031-12"))
				.getContentAsString());
		assertThat(december.select("#calendar a").eachAttr("href")).doesNotContain("/app/kegiatan/" + planned);
	}

	@Test
	void anActivityIsMarkedHeldOrCancelledWithAReason() throws Exception {
		long past = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().minusDays(3)));
		Document view = Jsoup
			.parse(perform(get("/app/kegiatan/" + past).with(user(this.officer))).getContentAsString());
		assertThat(view.select("#mark-held")).hasSize(1);
		assertThat(perform(post("/app/kegiatan/" + past + "/terlaksana").with(user(this.officer)).with(csrf()))
			.getRedirectedUrl()).endsWith("/app/kegiatan/" + past);
		assertThat(this.activities.find(this.officer, past).status()).isEqualTo(ActivityStatus.HELD);

		long future = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(3)));
		MockHttpServletResponse refused = perform(
				post("/app/kegiatan/" + future + "/batal").with(user(this.officer)).with(csrf()).param("reason", ""));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("#reason ~ .field-error").text())
			.isEqualTo("Wajib diisi.");
		perform(post("/app/kegiatan/" + future + "/batal").with(user(this.officer))
			.with(csrf())
			.param("reason", "Bertepatan dengan panen"));
		assertThat(this.activities.find(this.officer, future).status()).isEqualTo(ActivityStatus.CANCELLED);
	}

	@Test
	void anActivityIsEditedKeepingItsVillage() throws Exception {
		long id = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(9)));
		Document form = Jsoup
			.parse(perform(get("/app/kegiatan/" + id + "/ubah").with(user(this.officer))).getContentAsString());
		assertThat(form.select("#title").val()).isEqualTo("Sosialisasi paspor dan migrasi aman");
		MockHttpServletResponse saved = perform(multipart("/app/kegiatan/" + id + "/ubah").with(user(this.officer))
			.with(csrf())
			.param("type", "COMMUNITY_FORUM")
			.param("title", "Forum warga")
			.param("date", form.select("#date").val())
			.param("time", "20:00")
			.param("place", "Masjid")
			.param("villageId", "999999"));
		assertThat(saved.getStatus()).isEqualTo(302);
		ActivityView changed = this.activities.find(this.officer, id);
		assertThat(changed.title()).isEqualTo("Forum warga");
		assertThat(changed.villageId()).isEqualTo(this.village.id());
		assertThat(Arrays.asList(changed.startsAt().toLocalTime().toString())).containsExactly("20:00");
		assertThat(List.of(changed.type().name())).containsExactly("COMMUNITY_FORUM");
	}

}
