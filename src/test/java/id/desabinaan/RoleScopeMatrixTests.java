package id.desabinaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.outreach.ActivityFilter;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ReferenceKind;
import id.desabinaan.outreach.quiz.QuestionBank;
import id.desabinaan.outreach.quiz.QuizService;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.internal.LiaisonService;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageService;

/**
 * Who may see and change what: every page and API endpoint, asked by nobody and by each
 * demo account (one per role, plus a second office head for scope), with the answer each
 * must get. The accounts are the real ones of the demo data, loaded through the
 * application's {@link UserDetailsService} (their real role and scope); each request goes
 * through the whole security filter chain.
 *
 * <p>
 * To extend it, add rows to {@link #CORE_ROWS}, or, for a feature in its own file, to a
 * {@link MatrixPart} listed in {@link #PARTS}: {@code get(path)} or
 * {@code post(path, form)}, then the answer for everyone ({@code everyone(OK)}), for
 * signed-in accounts ({@code signedIn(FORBIDDEN)}) and for named accounts
 * ({@code as(OK, ADMIN, HEAD_WONOSOBO)}), later calls overriding earlier ones. Paths and
 * form values may name a demo account's id ({@code {account:staf.wonosobo}}), an office's
 * id ({@code {office:KANIM-WONOSOBO}}) or a fresh unique name ({@code {unique}}).
 *
 * <p>
 * Changing requests: viewers (NATIONAL_VIEWER, REGIONAL_VIEWER) and village officials are
 * refused every change of shared data; the only POSTs everyone may make concern their own
 * account (language, password, TOTP, sign-out). Rows that must not change the shared demo
 * data post input that is refused with a field error ({@code FORM_ERROR}) for those
 * allowed, which still proves that the others are stopped first (403).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RoleScopeMatrixTests {

	static final String ANONYMOUS = "(anonymous)";

	static final String ADMIN = "admin";

	static final String NATIONAL = "nasional";

	static final String KANWIL_JATENG = "kanwil.jateng";

	static final String HEAD_WONOSOBO = "kepala.wonosobo";

	static final String INTEL_WONOSOBO = "intel.wonosobo";

	static final String PIMPASA_WONOSOBO = "pimpasa.wonosobo";

	static final String STAFF_WONOSOBO = "staf.wonosobo";

	static final String VILLAGE_PAKUNCEN = "desa.pakuncen";

	static final String HEAD_YOGYAKARTA = "kepala.yogyakarta";

	/** The demo accounts, one per role, and a head of another Kanim. */
	static final List<String> ACCOUNTS = List.of(ADMIN, NATIONAL, KANWIL_JATENG, HEAD_WONOSOBO, INTEL_WONOSOBO,
			PIMPASA_WONOSOBO, STAFF_WONOSOBO, VILLAGE_PAKUNCEN, HEAD_YOGYAKARTA);

	static final String[] STAFF = { ADMIN, NATIONAL, KANWIL_JATENG, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO,
			STAFF_WONOSOBO, HEAD_YOGYAKARTA };

	static final String[] ACCOUNT_ADMINISTRATORS = { ADMIN, HEAD_WONOSOBO, HEAD_YOGYAKARTA };

	/** The answer a request gets. */
	enum Outcome {

		/** 200 with the page or data. */
		OK,
		/**
		 * Not signed in: pages redirect to {@code /masuk}, the API and metrics answer
		 * 401.
		 */
		SIGN_IN,
		/** 403. */
		FORBIDDEN,
		/**
		 * 404: the thing exists, but outside the caller's reach, so it is not revealed.
		 */
		NOT_FOUND,
		/** A change was made: 302 to a page other than {@code /masuk}. */
		DONE,
		/**
		 * Allowed, but refused for what was entered: 200, the form again with a field
		 * error.
		 */
		FORM_ERROR,
		/** 302 to the staff home (the sign-in page for someone already signed in). */
		TO_STAFF_HOME,
		/** 400 with a ProblemDetail naming the field (the API refused what was sent). */
		BAD_REQUEST

	}

	/** Rows of the features that live in their own file ({@link MatrixPart}). */
	static final List<MatrixPart> PARTS = List.of(new ReportIntakeMatrix(), new ReportTriageMatrix(),
			new ReportSubjectMatrix(), new ReportQueueMatrix());

	static final List<Row> CORE_ROWS = List.of(
			// public pages and reads
			get("/").everyone(Outcome.OK), get("/tentang").everyone(Outcome.OK), get("/wilayah").everyone(Outcome.OK),
			get("/wilayah/33.07.06.2009").everyone(Outcome.OK), get("/api/v1/regions?q=pakuncen").everyone(Outcome.OK),
			get("/api/v1/regions/33.07.06.2009").everyone(Outcome.OK), get("/api/v1/offices").everyone(Outcome.OK),
			get("/api/v1/offices/{office:KANIM-WONOSOBO}").everyone(Outcome.OK),
			get("/api/v1/regions/33.07.06.2009/office").everyone(Outcome.OK), get("/v3/api-docs").everyone(Outcome.OK),
			get("/api/v1/regions/33.07.06/children").everyone(Outcome.OK),
			get("/wilayah/pilih?name=village&level=VILLAGE&villageQuery=pakuncen").everyone(Outcome.OK),
			get("/actuator/health").everyone(Outcome.OK),
			get("/masuk").everyone(Outcome.TO_STAFF_HOME).as(Outcome.OK, ANONYMOUS),
			get("/masuk/kode").signedIn(Outcome.TO_STAFF_HOME), post("/keluar", Map.of()).everyone(Outcome.DONE),
			// staff pages of the account module
			get("/app").signedIn(Outcome.OK), get("/app/akun").signedIn(Outcome.OK),
			get("/app/akun/2fa").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/pengguna").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ACCOUNT_ADMINISTRATORS),
			get("/app/pengguna/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ACCOUNT_ADMINISTRATORS),
			get("/app/pengguna/{account:staf.wonosobo}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			get("/app/pengguna/{account:desa.pakuncen}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			get("/app/pengguna/{account:kepala.wonosobo}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN)
				.as(Outcome.NOT_FOUND, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			get("/app/audit").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ACCOUNT_ADMINISTRATORS),
			get("/app/admin/keamanan").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			get("/actuator/prometheus").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			// changes of the account module
			post("/app/pengguna/baru", newAccount("OFFICE_STAFF", "{office:KANIM-YOGYAKARTA}", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, HEAD_YOGYAKARTA),
			post("/app/pengguna/baru", newAccount("PIMPASA", "{office:KANIM-WONOSOBO}", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, HEAD_WONOSOBO),
			post("/app/pengguna/baru", newAccount("VILLAGE_OFFICIAL", "", "33.07.06.2009")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, HEAD_WONOSOBO)
				.as(Outcome.FORM_ERROR, HEAD_YOGYAKARTA),
			post("/app/pengguna/baru", newAccount("OFFICE_HEAD", "{office:KANIM-WONOSOBO}", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/pengguna/{account:staf.wonosobo}",
					unchanged("Staf Kanim Wonosobo", "OFFICE_STAFF", "{office:KANIM-WONOSOBO}"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, HEAD_WONOSOBO)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			post("/app/admin/keamanan", Map.of()).signedIn(Outcome.FORBIDDEN).as(Outcome.DONE, ADMIN),
			// office module: public pages, staff pages by scope, changes by SYSTEM_ADMIN
			// (and a
			// head for his own Kanim's contact details)
			get("/kantor").everyone(Outcome.OK), get("/kantor/KANIM-WONOSOBO").everyone(Outcome.OK),
			get("/app/kantor").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/kantor/{office:KANIM-WONOSOBO}").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN, HEAD_YOGYAKARTA),
			get("/app/kantor/{office:KANIM-YOGYAKARTA}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, HEAD_YOGYAKARTA),
			get("/app/kantor/{office:KANWIL-JATENG}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, KANWIL_JATENG),
			get("/app/kantor/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			get("/app/kantor/{office:KANIM-WONOSOBO}/ubah").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/kantor/baru", Map.of("code", "", "name", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/kantor/{office:KANIM-WONOSOBO}/ubah", Map.of("name", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/kantor/{office:KANIM-WONOSOBO}/kontak",
					Map.of("address", "{office-field:KANIM-WONOSOBO:address}", "phone",
							"{office-field:KANIM-WONOSOBO:phone}", "email", "{office-field:KANIM-WONOSOBO:email}"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, HEAD_WONOSOBO),
			// invalid input must not reveal the form to someone who may not edit
			post("/app/kantor/{office:KANIM-WONOSOBO}/kontak",
					Map.of("address", "", "phone", "", "email", "bukan-email"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			post("/app/kantor/{office:KANIM-WONOSOBO}/nonaktifkan", Map.of("reason", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			// village module: public pages and API, staff pages by scope, changes by the
			// head of the serving Kanim and SYSTEM_ADMIN (inputs that give a field error)
			get("/desa").everyone(Outcome.OK), get("/desa?province=33&regency=33.07").everyone(Outcome.OK),
			get("/desa/33.07.06.2009").everyone(Outcome.OK),
			get("/verifikasi/{verification:33.07.06.2009}").everyone(Outcome.OK),
			get("/verifikasi/ABCDEFGHJKMNPQRSTUVWXYZ2").everyone(Outcome.NOT_FOUND),
			get("/api/v1/villages").everyone(Outcome.OK), get("/api/v1/villages/33.07.06.2009").everyone(Outcome.OK),
			get("/app/desa").signedIn(Outcome.OK),
			get("/app/desa/{designation:33.07.06.2009}").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA),
			get("/app/desa/{designation:33.01.01.2001}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, KANWIL_JATENG),
			get("/app/desa/{designation:33.07.06.2009}/sertifikat.pdf").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA, VILLAGE_PAKUNCEN),
			get("/app/desa/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			post("/app/desa/baru", Map.of("villageQuery", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			get("/app/desa/{designation:33.07.06.2009}/tetapkan").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/tetapkan", Map.of("decreeDate", "x"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/tangguhkan").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/tangguhkan", Map.of("reason", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/akhiri").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/akhiri", Map.of("reason", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			// Pakuncen is not suspended: resuming is refused with a message, nothing
			// changes
			post("/app/desa/{designation:33.07.06.2009}/lanjutkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, HEAD_WONOSOBO),
			// changes to one's own account: every signed-in account
			post("/app/akun/bahasa", Map.of("language", "id")).signedIn(Outcome.DONE),
			post("/app/akun/2fa", Map.of("code", "abc")).signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			post("/app/akun/2fa/nonaktif", Map.of("currentPassword", "Salah#Sandi2026")).signedIn(Outcome.DONE)
				.as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			post("/app/akun/sandi",
					Map.of("currentPassword", "Salah#Sandi2026", "newPassword", "Baru#Sandi2026x", "confirmPassword",
							"Baru#Sandi2026x"))
				.signedIn(Outcome.FORM_ERROR),
			// branch officers: PIMPASA appointments, rotation, liaisons, delegation and
			// selection criteria (changes by the head of the serving Kanim and
			// SYSTEM_ADMIN,
			// with inputs that give a field error), the public designation history and
			// appointments
			get("/api/v1/villages/33.07.06.2009/designations").everyone(Outcome.OK),
			get("/api/v1/appointments?village=33.07.06.2009").everyone(Outcome.OK),
			postJson("/api/v1/appointments", "{\"village\":\"33.07.06.2009\",\"officer\":\"\"}")
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.BAD_REQUEST, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/petugas/baru").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/petugas/baru", Map.of("officer", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/petugas/{appointment:33.07.06.2009}/akhiri")
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/petugas/{appointment:33.07.06.2009}/akhiri",
					Map.of("date", "x"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/pimpasa").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/pimpasa?office={office:KANIM-WONOSOBO}").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN, HEAD_YOGYAKARTA),
			get("/app/pimpasa/rotasi?office={office:KANIM-WONOSOBO}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/pimpasa/rotasi?office={office:KANIM-WONOSOBO}", Map.of("from", "", "to", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/penghubung/baru").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/penghubung/baru", Map.of("name", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/penghubung/{liaison:33.07.06.2009}/akhiri")
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/penghubung/{liaison:33.07.06.2009}/akhiri",
					Map.of("reason", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/{designation:33.07.06.2009}/penghubung/{liaison:33.07.06.2009}/akun")
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/{designation:33.07.06.2009}/penghubung/{liaison:33.07.06.2009}/akun",
					Map.of("username", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			get("/app/desa/delegasi").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ACCOUNT_ADMINISTRATORS),
			get("/app/desa/delegasi?office={office:KANIM-WONOSOBO}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/delegasi?office={office:KANIM-WONOSOBO}", Map.of("accountId", "{account:intel.wonosobo}"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, HEAD_WONOSOBO),
			post("/app/desa/delegasi/0/cabut?office={office:KANIM-WONOSOBO}", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.NOT_FOUND, ACCOUNT_ADMINISTRATORS),
			get("/app/desa/kriteria").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			get("/app/desa/kriteria/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/desa/kriteria/baru", Map.of("code", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			get("/app/desa/kriteria/POVERTY").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/desa/kriteria/POVERTY", Map.of("nameId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			// "other" cannot be retired: refused with a message, nothing changes
			post("/app/desa/kriteria/OTHER/pensiun", Map.of()).signedIn(Outcome.FORBIDDEN).as(Outcome.DONE, ADMIN),
			post("/app/desa/kriteria/POVERTY/aktifkan", Map.of()).signedIn(Outcome.FORBIDDEN).as(Outcome.DONE, ADMIN),
			// branch jobcheck: the public job-offer check and ready posters; the warning
			// signs (read by national accounts and office heads, edited by national
			// editors:
			// SYSTEM_ADMIN); call-backs for the staff of the serving office. Review steps
			// with nothing open are refused with a message (DONE, nothing changes).
			get("/cek-lowongan").everyone(Outcome.OK),
			get("/cek-lowongan/hasil?visa=TOURIST&age=17&village=33.07.06.2009").everyone(Outcome.OK),
			get("/cek-lowongan/hasil?age=abc").everyone(Outcome.FORM_ERROR),
			get("/cek-lowongan/panggilan-balik?visa=TOURIST").everyone(Outcome.OK),
			post("/cek-lowongan/panggilan-balik", Map.of("phone", "081234567890", "villageQuery", "33.07.06.2009"))
				.everyone(Outcome.FORM_ERROR),
			get("/cek-lowongan/panggilan-balik/terkirim").everyone(Outcome.OK),
			get("/poster/lapor-orang-asing").everyone(Outcome.OK),
			get("/poster/lapor-orang-asing?kantor=KANIM-WONOSOBO").everyone(Outcome.OK),
			get("/poster/lapor-orang-asing.pdf?desa=33.07.06.2009").everyone(Outcome.OK),
			get("/poster/lapor-orang-asing.pdf?kantor=TIDAK-ADA").everyone(Outcome.NOT_FOUND),
			get("/poster/cek-lowongan.pdf").everyone(Outcome.OK),
			get("/app/info/tanda-bahaya").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			get("/app/info/tanda-bahaya/NON_WORK_VISA").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			get("/app/info/tanda-bahaya/TIDAK_ADA").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.NOT_FOUND, ADMIN, NATIONAL, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			get("/app/info/tanda-bahaya/ambang").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
			get("/app/info/tanda-bahaya/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			get("/app/info/tanda-bahaya/NON_WORK_VISA/ubah").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/info/tanda-bahaya/baru", Map.of("code", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/tanda-bahaya/NON_WORK_VISA/ubah", Map.of("titleId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/tanda-bahaya/NON_WORK_VISA/ajukan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/NON_WORK_VISA/terbitkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/NON_WORK_VISA/kembalikan", Map.of("note", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/NON_WORK_VISA/buang", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/ambang", Map.of("mediumFrom", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/tanda-bahaya/ambang/ajukan", Map.of()).signedIn(Outcome.FORBIDDEN).as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/ambang/terbitkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/ambang/kembalikan", Map.of("note", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			post("/app/info/tanda-bahaya/ambang/buang", Map.of()).signedIn(Outcome.FORBIDDEN).as(Outcome.DONE, ADMIN),
			get("/app/info/panggilan-balik").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
			post("/app/info/panggilan-balik/999999999/selesai", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.NOT_FOUND, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO,
						HEAD_YOGYAKARTA),
			// regulation branch: the public requirements wizard, fee page and API;
			// regulated data
			// read by staff and changed only at national scope (SYSTEM_ADMIN), with
			// inputs that
			// give a field error or a refusal, so the shared data never changes;
			// {regulated:<slug>} is a version in force of that page's data
			get("/paspor/syarat").everyone(Outcome.OK),
			get("/paspor/syarat?type=LOST&under17=true&married=false&electronic=true&validity=5&sameDay=true&wilayah=33.07.06.2009")
				.everyone(Outcome.OK),
			get("/paspor/syarat?type=FIRST&under17=true&married=false&electronic=true&validity=10&sameDay=false")
				.everyone(Outcome.FORM_ERROR),
			get("/paspor/tarif").everyone(Outcome.OK), get("/api/v1/fees").everyone(Outcome.OK),
			get("/api/v1/fees?date=2025-01-01").everyone(Outcome.OK),
			get("/api/v1/requirements?type=FIRST&electronic=true&validity=10&region=33.07.06.2009").everyone(
					Outcome.OK),
			get("/app/info/tarif").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/tarif/{regulated:tarif}/akhiri").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/info/tarif", Map.of("validFrom", "x")).signedIn(Outcome.FORBIDDEN).as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/tarif/{regulated:tarif}/akhiri", Map.of("validUntil", "x")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			// a version in force cannot be withdrawn: refused with a message, nothing
			// changes
			post("/app/info/tarif/{regulated:tarif}/batalkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			get("/app/info/syarat").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/syarat/{regulated:syarat}/akhiri").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/info/syarat", Map.of("validFrom", "x")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/syarat/{regulated:syarat}/akhiri", Map.of("validUntil", "x")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			// a version in force cannot be withdrawn: refused with a message, nothing
			// changes
			post("/app/info/syarat/{regulated:syarat}/batalkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			get("/app/info/bebas-visa").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/bebas-visa/{regulated:bebas-visa}/akhiri").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/info/bebas-visa", Map.of("validFrom", "x")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/bebas-visa/{regulated:bebas-visa}/akhiri", Map.of("validUntil", "x"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			// a version in force cannot be withdrawn: refused with a message, nothing
			// changes
			post("/app/info/bebas-visa/{regulated:bebas-visa}/batalkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			get("/app/info/larangan-penempatan").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/larangan-penempatan/{regulated:larangan-penempatan}/akhiri").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN),
			post("/app/info/larangan-penempatan", Map.of("validFrom", "x")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			post("/app/info/larangan-penempatan/{regulated:larangan-penempatan}/akhiri", Map.of("validUntil", "x"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			// a version in force cannot be withdrawn: refused with a message, nothing
			// changes
			post("/app/info/larangan-penempatan/{regulated:larangan-penempatan}/batalkan", Map.of())
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			// articles branch: knowledge base (public pages, API and search; staff pages
			// for
			// every staff member, changes by editors: admin and staf.wonosobo, who holds
			// a
			// national editor permission in the demo data; editor permissions by heads
			// and
			// admin; help contacts by national editors). Changes post input that is
			// refused
			// or a step the article's state refuses, so the demo data stays as it is.
			get("/info").everyone(Outcome.OK), get("/info?wilayah=33.07.06.2009").everyone(Outcome.OK),
			get("/info/paspor-anak").everyone(Outcome.OK), get("/info/paspor-anak?lang=en").everyone(Outcome.OK),
			get("/info/layanan-kanim-wonosobo").everyone(Outcome.OK),
			get("/info/tidak-ada-artikel").everyone(Outcome.NOT_FOUND),
			// k4-finish: any article and any wizard result as an A4 poster (public PDFs);
			// answers the wizard cannot take go back to the wizard page
			get("/info/paspor-anak/poster.pdf").everyone(Outcome.OK),
			get("/info/layanan-kanim-wonosobo/poster.pdf?lang=en").everyone(Outcome.OK),
			get("/info/tidak-ada-artikel/poster.pdf").everyone(Outcome.NOT_FOUND),
			get("/paspor/syarat/poster.pdf?type=LOST&under17=false&married=false&electronic=true&validity=10&sameDay=false&wilayah=33.07.06.2009")
				.everyone(Outcome.OK),
			get("/paspor/syarat/poster.pdf?type=FIRST&under17=true&married=false&electronic=true&validity=10&sameDay=false")
				.everyone(Outcome.DONE),
			get("/info/jadwal-layanan-keliling-wonosobo").everyone(Outcome.NOT_FOUND),
			get("/cari").everyone(Outcome.OK), get("/cari?q=perdagangan").everyone(Outcome.OK),
			get("/api/v1/articles").everyone(Outcome.OK),
			get("/api/v1/articles?topic=PASSPORT&lang=en").everyone(Outcome.OK),
			get("/api/v1/articles/paspor-anak").everyone(Outcome.OK),
			get("/api/v1/articles/tidak-ada-artikel").everyone(Outcome.NOT_FOUND),
			get("/api/v1/search?q=paspor").everyone(Outcome.OK),
			get("/app/info/artikel").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/artikel/paspor-anak").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/artikel/layanan-kanim-wonosobo").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			get("/app/info/artikel/paspor-anak/versi/1").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/artikel/paspor-anak/banding?dari=1&ke=1").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/artikel/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN, STAFF_WONOSOBO),
			post("/app/info/artikel/baru", Map.of("slug", "", "titleId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, STAFF_WONOSOBO),
			get("/app/info/artikel/jadwal-layanan-keliling-wonosobo/ubah").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, STAFF_WONOSOBO)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			post("/app/info/artikel/jadwal-layanan-keliling-wonosobo/ubah",
					Map.of("topic", "OFFICE_SERVICES", "titleId", "", "validFrom", "2026-01-01", "lastChecked",
							"2026-01-01"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, STAFF_WONOSOBO)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			// no draft to edit, already a draft, nothing in review: refused with a
			// message
			get("/app/info/artikel/paspor-anak/ubah").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, STAFF_WONOSOBO),
			post("/app/info/artikel/jadwal-layanan-keliling-wonosobo/draf", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, STAFF_WONOSOBO)
				.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
			post("/app/info/artikel/paspor-anak/ajukan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, STAFF_WONOSOBO),
			post("/app/info/artikel/paspor-anak/kembalikan", Map.of("note", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, STAFF_WONOSOBO),
			post("/app/info/artikel/paspor-anak/terbitkan", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN, STAFF_WONOSOBO),
			post("/app/info/artikel/paspor-anak/pensiunkan", Map.of("reason", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, STAFF_WONOSOBO),
			get("/app/info/editor").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ACCOUNT_ADMINISTRATORS),
			post("/app/info/editor", Map.of("username", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ACCOUNT_ADMINISTRATORS),
			post("/app/info/editor/0/cabut", Map.of()).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.NOT_FOUND, ACCOUNT_ADMINISTRATORS),
			get("/app/info/kontak").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, VILLAGE_PAKUNCEN),
			get("/app/info/kontak/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN, STAFF_WONOSOBO),
			post("/app/info/kontak/baru", Map.of("nameId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, STAFF_WONOSOBO),
			get("/app/info/kontak/polisi").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN, STAFF_WONOSOBO),
			post("/app/info/kontak/polisi", Map.of("nameId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN, STAFF_WONOSOBO),
			// branch outreach: activities read by scope (pimpasa.wonosobo mentors
			// Pakuncen
			// and Kaligowong, not Bulu; desa.pakuncen only Pakuncen), recorded by every
			// role but the viewers, with inputs that give a field error or change
			// nothing;
			// reference lists by SYSTEM_ADMIN; the public activities API
			get("/app/kegiatan").signedIn(Outcome.OK),
			get("/app/kegiatan?jenis=SOSIALISASI&status=HELD&dari=2024-01-01&sampai=2024-12-31").signedIn(Outcome.OK),
			get("/app/kegiatan/kalender?bulan=2024-03").signedIn(Outcome.OK),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA),
			get("/app/kegiatan/{activity:33.07.01.2001:Sosialisasi keimigrasian bagi warga Kaligowong}")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA, VILLAGE_PAKUNCEN),
			get("/app/kegiatan/{activity:33.23.01.2001:Sosialisasi paspor dan migrasi aman}").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA, VILLAGE_PAKUNCEN, PIMPASA_WONOSOBO),
			get("/app/kegiatan/{activity:33.01.01.2001:Sosialisasi keimigrasian di wilayah pesisir}")
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN, NATIONAL, KANWIL_JATENG),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/foto/0")
				.signedIn(Outcome.NOT_FOUND)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/foto/0/kecil")
				.signedIn(Outcome.NOT_FOUND)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA),
			get("/app/kegiatan/baru").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG),
			post("/app/kegiatan/baru", Map.of("title", "")).signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/ubah")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/ubah",
					Map.of("title", ""))
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kehadiran")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kehadiran",
					Map.of("male.under17", "x"))
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			// no file: refused next to the photo field
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/foto",
					Map.of())
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			// already held: refused with a message, nothing changes
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/terlaksana",
					Map.of())
				.signedIn(Outcome.DONE)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi migrasi aman bagi calon PMI}/batal")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi migrasi aman bagi calon PMI}/batal",
					Map.of("reason", ""))
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/kegiatan/ekspor").signedIn(Outcome.OK),
			get("/app/kegiatan/ekspor?dari=2024-01-01&sampai=2024-12-31&format=csv").signedIn(Outcome.OK),
			get("/app/kegiatan/ekspor?dari=2024-01-01&sampai=2024-12-31&format=xlsx").signedIn(Outcome.OK),
			get("/app/desa-saya").signedIn(Outcome.OK),
			get("/app/kegiatan/referensi").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/kegiatan/referensi", Map.of("kind", "TOPIC", "nameId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			get("/app/kegiatan/referensi/{reference:INSTITUTION:BP3MI}").signedIn(Outcome.FORBIDDEN)
				.as(Outcome.OK, ADMIN),
			post("/app/kegiatan/referensi/{reference:INSTITUTION:BP3MI}", Map.of("nameId", ""))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			get("/api/v1/activities?village=33.07.06.2009").everyone(Outcome.OK),
			get("/api/v1/activities?from=2024-03-01&to=2024-03-31").everyone(Outcome.OK),
			get("/api/v1/activities/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}")
				.everyone(Outcome.OK),
			postJson("/api/v1/activities",
					"{\"villageCode\":\"33.07.06.2009\",\"type\":\"SOSIALISASI\",\"title\":\"\"}")
				.signedIn(Outcome.BAD_REQUEST)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG),
			postJson(
					"/api/v1/activities/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/attendance",
					"{\"male\":{\"under17\":1}}")
				.signedIn(Outcome.BAD_REQUEST)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			// branch participants: participant lists and knowledge quizzes of an activity
			// (the demo sosialisasi of Pakuncen, Kanim Wonosobo). Who may record the
			// activity reads and changes its list and quiz; viewers read the quiz
			// aggregates only; another Kanim nothing. pimpasa.wonosobo mentors no
			// village until the officers' demo appointments are loaded. Changes post
			// input
			// that is refused (no file, no phase, unknown upload or participant).
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/peserta")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/peserta/impor",
					Map.of())
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/peserta/impor/0123456789abcdef0123456789abcdef")
				.signedIn(Outcome.NOT_FOUND)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/peserta/impor/0123456789abcdef0123456789abcdef/baris-valid",
					Map.of())
				.signedIn(Outcome.NOT_FOUND)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/peserta/impor/0123456789abcdef0123456789abcdef/batal",
					Map.of())
				.signedIn(Outcome.NOT_FOUND)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/peserta/0/hapus",
					Map.of())
				.signedIn(Outcome.NOT_FOUND)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/peserta/templat.xlsx").signedIn(Outcome.OK), get("/app/peserta/templat.csv").signedIn(Outcome.OK),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kuis")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kuis",
					Map.of())
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			// the demo quiz's link is closed: closing it again changes nothing
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kuis/tautan",
					Map.of("open", "false"))
				.signedIn(Outcome.DONE)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kuis/jawaban")
				.signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			post("/app/kegiatan/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/kuis/jawaban",
					Map.of("answers[0]", "0"))
				.signedIn(Outcome.FORM_ERROR)
				.as(Outcome.FORBIDDEN, NATIONAL, KANWIL_JATENG, HEAD_YOGYAKARTA),
			get("/app/kuis/desa/{designation:33.07.06.2009}").signedIn(Outcome.OK)
				.as(Outcome.FORBIDDEN, HEAD_YOGYAKARTA),
			get("/app/kuis/soal").signedIn(Outcome.OK),
			get("/app/kuis/soal/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/kuis/soal/baru", Map.of("textId", "")).signedIn(Outcome.FORBIDDEN).as(Outcome.FORM_ERROR, ADMIN),
			get("/app/kuis/soal/{quiz-question:PASSPORT_LOST}").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, ADMIN),
			post("/app/kuis/soal/{quiz-question:PASSPORT_LOST}", Map.of("textId", "")).signedIn(Outcome.FORBIDDEN)
				.as(Outcome.FORM_ERROR, ADMIN),
			// the question is active: making it active again changes nothing
			post("/app/kuis/soal/{quiz-question:PASSPORT_LOST}/status", Map.of("active", "true"))
				.signedIn(Outcome.FORBIDDEN)
				.as(Outcome.DONE, ADMIN),
			get("/kuis/{quiz-code:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}")
				.everyone(Outcome.OK),
			// the demo link is closed: the answer is refused on the page, nothing stored
			post("/kuis/{quiz-code:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}",
					Map.of("phase", "PRE", "answers[0]", "0"))
				.everyone(Outcome.OK),
			get("/kuis/ABCDEFGHJKMNPQRSTUVW").everyone(Outcome.NOT_FOUND),
			get("/api/v1/activities/{activity:33.07.06.2009:Sosialisasi paspor dan bahaya PMI non-prosedural}/quiz-results")
				.everyone(Outcome.OK));

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	VillageService villages;

	@Autowired
	QuizService quizzes;

	@Autowired
	QuestionBank bank;

	@Autowired
	OfficerService officers;

	@Autowired
	ActivityService activities;

	@Autowired
	LiaisonService liaisons;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>(CORE_ROWS);
		PARTS.forEach((part) -> rows.addAll(part.rows()));
		return rows;
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : rows()) {
			cases.add(Arguments.of(row, ANONYMOUS));
			for (String account : ACCOUNTS) {
				cases.add(Arguments.of(row, account));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void eachRoleSeesAndChangesOnlyWhatItsScopeAllows(Row row, String who) throws Exception {
		Outcome expected = row.expected(who);
		MockHttpServletRequestBuilder request = row.request(this::resolve);
		if (!ANONYMOUS.equals(who)) {
			request.with(user(this.users.loadUserByUsername(who)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String location = response.getRedirectedUrl();
		String answer = row + " as " + who + " answered " + response.getStatus()
				+ ((location != null) ? " -> " + location : "");
		switch (expected) {
			case OK -> assertThat(response.getStatus()).as(answer).isEqualTo(200);
			case FORBIDDEN -> assertThat(response.getStatus()).as(answer).isEqualTo(403);
			case NOT_FOUND -> assertThat(response.getStatus()).as(answer).isEqualTo(404);
			case SIGN_IN -> {
				if (row.path().startsWith("/api/") || row.path().startsWith("/actuator/")) {
					assertThat(response.getStatus()).as(answer).isEqualTo(401);
				}
				else {
					assertThat(response.getStatus()).as(answer).isEqualTo(302);
					assertThat(location).as(answer).endsWith("/masuk");
				}
			}
			case DONE -> {
				assertThat(response.getStatus()).as(answer).isEqualTo(302);
				assertThat(location).as(answer).doesNotEndWith("/masuk").doesNotContain("error");
			}
			case FORM_ERROR -> {
				assertThat(response.getStatus()).as(answer).isEqualTo(200);
				assertThat(response.getContentAsString()).as(answer).contains("class=\"field-error\"");
			}
			case TO_STAFF_HOME -> {
				assertThat(response.getStatus()).as(answer).isEqualTo(302);
				assertThat(location).as(answer).endsWith("/app");
			}
			case BAD_REQUEST -> {
				assertThat(response.getStatus()).as(answer).isEqualTo(400);
				assertThat(response.getContentAsString()).as(answer).contains("\"field\"");
			}
		}
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+):([^}]+)}|\\{unique}");

	/** Replaces the placeholders of a path or form value. */
	private String resolve(String template) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder resolved = new StringBuilder();
		while (placeholder.find()) {
			String value;
			if (placeholder.group(1) == null) {
				value = "matrix." + UUID.randomUUID().toString().substring(0, 8);
			}
			else if (placeholder.group(1).equals("account")) {
				value = Long.toString(((CurrentUser) this.users.loadUserByUsername(placeholder.group(2))).accountId());
			}
			else if (placeholder.group(1).equals("office")) {
				value = Long.toString(officeId(placeholder.group(2)));
			}
			else if (placeholder.group(1).equals("designation")) {
				value = Long.toString(this.villages.publicVillage(placeholder.group(2)).id());
			}
			else if (placeholder.group(1).equals("verification")) {
				value = this.villages.publicVillage(placeholder.group(2)).verificationCode();
			}
			else if (placeholder.group(1).equals("activity")) {
				value = Long.toString(activity(placeholder.group(2)));
			}
			else if (placeholder.group(1).equals("reference")) {
				String[] kindAndCode = placeholder.group(2).split(":");
				value = Long.toString(this.activities.choices(ReferenceKind.valueOf(kindAndCode[0]))
					.stream()
					.filter((item) -> item.code().equals(kindAndCode[1]))
					.findFirst()
					.orElseThrow()
					.id());
			}
			else if (placeholder.group(1).equals("appointment")) {
				value = Long.toString(this.officers.appointmentsOf(admin(), designation(placeholder.group(2)))
					.stream()
					.filter((appointment) -> appointment.inForce())
					.findFirst()
					.orElseThrow()
					.id());
			}
			else if (placeholder.group(1).equals("liaison")) {
				value = Long.toString(this.liaisons.liaisonsOf(admin(), designation(placeholder.group(2)))
					.stream()
					.filter((liaison) -> liaison.open() && liaison.username() == null)
					.findFirst()
					.orElseThrow()
					.id());
			}
			else if (placeholder.group(1).equals("regulated")) {
				value = Long.toString(regulatedVersion(placeholder.group(2)));
			}
			else if (placeholder.group(1).equals("quiz-code")) {
				value = this.quizzes.overview(admin(), activity(placeholder.group(2))).code();
			}
			else if (placeholder.group(1).equals("quiz-question")) {
				value = Long.toString(this.bank.all(admin())
					.stream()
					.filter((question) -> placeholder.group(2).equals(question.getCode()))
					.findFirst()
					.orElseThrow()
					.getId());
			}
			else if (placeholder.group(1).equals("office-field")) {
				value = officeField(placeholder.group(2));
			}
			else {
				value = fromParts(placeholder.group(1), placeholder.group(2));
			}
			placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(resolved);
		return resolved.toString();
	}

	/** A placeholder that one of the {@link #PARTS} knows. */
	private String fromParts(String kind, String argument) {
		for (MatrixPart part : PARTS) {
			String value = part.resolve(kind, argument, this.context);
			if (value != null) {
				return value;
			}
		}
		throw new IllegalStateException("Unknown placeholder {" + kind + ":" + argument + "}");
	}

	private CurrentUser admin() {
		return (CurrentUser) this.users.loadUserByUsername(ADMIN);
	}

	/** A demo activity by village code and title ({@code 33.07.06.2009:Title}). */
	private long activity(String codeAndTitle) {
		String[] parts = codeAndTitle.split(":", 2);
		long village = designation(parts[0]);
		return this.activities.list(admin(), new ActivityFilter(null, village, null, null, null, null))
			.stream()
			.filter((activity) -> activity.title().equals(parts[1]))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo activity " + codeAndTitle))
			.id();
	}

	private long designation(String villageCode) {
		return this.villages.publicVillage(villageCode).id();
	}

	/**
	 * The first bundled version of a regulated-data page's table: in force, never
	 * withdrawn.
	 */
	private long regulatedVersion(String slug) {
		String table = Map
			.of("tarif", "passport_fee", "syarat", "passport_requirement", "bebas-visa", "visa_facilitation",
					"larangan-penempatan", "placement_ban")
			.get(slug);
		return this.jdbc.queryForObject("select min(id) from " + table + " where created_by = 'system'", Long.class);
	}

	private long officeId(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

	/**
	 * A field of an office as the public API shows it ({@code CODE:field}), so that a row
	 * can post the current values back.
	 */
	private String officeField(String codeAndField) {
		String[] parts = codeAndField.split(":");
		try {
			String json = this.mvc
				.perform(MockMvcRequestBuilders.get("/api/v1/offices/" + officeId(parts[0]))
					.accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString();
			JsonNode field = JsonMapper.builder().build().readTree(json).path(parts[1]);
			return (field.isNull() || field.isMissingNode()) ? "" : field.asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + codeAndField, ex);
		}
	}

	static Row get(String path) {
		return new Row("GET", path, Map.of());
	}

	static Row post(String path, Map<String, String> form) {
		return new Row("POST", path, form);
	}

	/** A POST of a JSON body to the API (with the session's CSRF token). */
	static Row postJson(String path, String json) {
		Row row = new Row("POST", path, Map.of());
		row.json = json;
		return row;
	}

	static Map<String, String> newAccount(String role, String officeId, String village) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", "{unique}");
		form.put("displayName", "Matriks");
		form.put("role", role);
		form.put("officeId", officeId);
		form.put("villageCodeQuery", village);
		form.put("language", "id");
		form.put("initialPassword", "Matriks#Sandi2026");
		return form;
	}

	static Map<String, String> unchanged(String displayName, String role, String officeId) {
		return Map.of("displayName", displayName, "role", role, "officeId", officeId, "villageCodeQuery", "", "active",
				"true", "_active", "on", "newPassword", "");
	}

	/**
	 * One request and the answer each caller must get. Anonymous callers are sent to sign
	 * in unless the row says otherwise.
	 */
	static final class Row {

		private final String method;

		private final String path;

		private final Map<String, String> form;

		private final Map<String, Outcome> expected = new HashMap<>();

		private String json;

		Row(String method, String path, Map<String, String> form) {
			this.method = method;
			this.path = path;
			this.form = form;
			this.expected.put(ANONYMOUS, Outcome.SIGN_IN);
		}

		String path() {
			return this.path;
		}

		/** The same answer for everybody, signed in or not. */
		Row everyone(Outcome outcome) {
			this.expected.put(ANONYMOUS, outcome);
			return signedIn(outcome);
		}

		/** The same answer for every signed-in account. */
		Row signedIn(Outcome outcome) {
			ACCOUNTS.forEach((account) -> this.expected.put(account, outcome));
			return this;
		}

		/** This answer for these accounts. */
		Row as(Outcome outcome, String... who) {
			Arrays.stream(who).forEach((account) -> this.expected.put(account, outcome));
			return this;
		}

		Outcome expected(String who) {
			return this.expected.get(who);
		}

		MockHttpServletRequestBuilder request(UnaryOperator<String> resolve) {
			String uri = resolve.apply(this.path);
			if (this.method.equals("GET")) {
				return MockMvcRequestBuilders.get(uri).accept(acceptFor(uri));
			}
			if (this.json != null) {
				return MockMvcRequestBuilders.post(uri)
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.content(this.json)
					.with(csrf());
			}
			MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(uri)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.TEXT_HTML)
				.with(csrf());
			this.form.forEach((name, value) -> post.param(name, resolve.apply(value)));
			return post;
		}

		/** What a browser, a program or a metrics scraper would accept. */
		private static MediaType acceptFor(String uri) {
			if (uri.startsWith("/actuator/")) {
				return MediaType.ALL;
			}
			return (uri.startsWith("/api/") || uri.startsWith("/v3/")) ? MediaType.APPLICATION_JSON
					: MediaType.TEXT_HTML;
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
