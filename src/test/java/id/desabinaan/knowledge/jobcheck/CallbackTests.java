package id.desabinaan.knowledge.jobcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.knowledge.jobcheck.CallbackService.CallbackDraft;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Visa;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;

/**
 * Call-back requests reach the staff of the serving office only; every view and every
 * call marked done is audited; marking it done erases name and phone; old requests are
 * deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CallbackTests {

	private static final String PAKUNCEN = "33.07.06.2009";

	@Autowired
	CallbackService callbacks;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser as(String username) {
		return Editors.demo(this.users, username);
	}

	long request(String name, String phone, boolean answers, boolean result) {
		JobOfferAnswers tourist = JobOfferAnswers.none().withVillage(PAKUNCEN);
		tourist = new JobOfferAnswers("MY", null, null, null, Visa.TOURIST, null, null, null, null, null, 20, null,
				PAKUNCEN);
		return this.callbacks.request(new CallbackDraft(PAKUNCEN, name, phone, true, answers, result, tourist));
	}

	static String uniquePhone() {
		return "0813" + (10_000_000 + Math.abs(UUID.randomUUID().hashCode() % 89_999_999));
	}

	@Test
	void theServingOfficesStaffSeeTheRequestAndTheViewIsAudited() throws Exception {
		String name = "Warga " + UUID.randomUUID().toString().substring(0, 6);
		long id = request(name, uniquePhone(), true, true);
		long viewsBefore = this.audit.count(CallbackService.AUDIT_VIEWED,
				"office:" + as("staf.wonosobo").scope().officeId());

		String page = this.mvc.perform(get("/app/info/panggilan-balik").with(user(as("staf.wonosobo"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("callback-" + id, name, "Risiko tinggi", "Bekerja dengan visa turis", "Malaysia",
				"Pakuncen");
		assertThat(this.audit.count(CallbackService.AUDIT_VIEWED, "office:" + as("staf.wonosobo").scope().officeId()))
			.isEqualTo(viewsBefore + 1);
		assertThat(this.callbacks.forOffice(as("kepala.yogyakarta"))).noneMatch((c) -> c.id() == id);
	}

	@Test
	void onlyOfficeStaffSeeCallBacks() {
		assertThatThrownBy(() -> this.callbacks.forOffice(as("admin"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.callbacks.forOffice(as("nasional"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.callbacks.forOffice(as("desa.pakuncen")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void markingACallDoneErasesNameAndPhoneAndAnotherOfficeCannot() throws Exception {
		long id = request("Siti", uniquePhone(), false, false);
		assertThatThrownBy(() -> this.callbacks.markDone(as("kepala.yogyakarta"), id))
			.isInstanceOf(NotFoundException.class);

		this.mvc.perform(
				post("/app/info/panggilan-balik/" + id + "/selesai").with(user(as("pimpasa.wonosobo"))).with(csrf()));

		Map<String, Object> row = this.jdbc.queryForMap("select * from jobcheck_callback where id = ?", id);
		assertThat(row.get("status")).isEqualTo("DONE");
		assertThat(row.get("name")).isNull();
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("done_by")).isEqualTo("pimpasa.wonosobo");
		assertThat(row.get("answers")).isNull();
		assertThat(row.get("risk_level")).isNull();
		assertThat(this.audit.count(CallbackService.AUDIT_DONE, "callback:" + id)).isEqualTo(1);
	}

	@Test
	void theConsentAPhoneNumberAndAVillageAreRequired() {
		assertThatThrownBy(() -> this.callbacks
			.request(new CallbackDraft(PAKUNCEN, null, "081234567890", false, false, false, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("jobcheck.callback.consent.required");
		assertThatThrownBy(
				() -> this.callbacks.request(new CallbackDraft(PAKUNCEN, null, "12345", true, false, false, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("jobcheck.callback.phone.invalid");
		assertThatThrownBy(() -> this.callbacks
			.request(new CallbackDraft("33.07.06", null, "081234567890", true, false, false, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("jobcheck.callback.village.required");
	}

	@Test
	void phoneNumbersAreStoredInOneForm() {
		assertThat(CallbackService.normalizedPhone("0812-3456-7890")).isEqualTo("+6281234567890");
		assertThat(CallbackService.normalizedPhone("+62 812 3456 7890")).isEqualTo("+6281234567890");
		assertThat(CallbackService.normalizedPhone("62 812 3456 7890")).isEqualTo("+6281234567890");
		assertThat(CallbackService.normalizedPhone("(0286) 321628")).isEqualTo("+62286321628");
	}

	@Test
	void requestsOlderThanTheRetentionPeriodAreDeleted() {
		long old = request(null, uniquePhone(), false, false);
		long recent = request(null, uniquePhone(), false, false);
		this.jdbc.update("update jobcheck_callback set created_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS)), old);

		assertThat(this.callbacks.purgeExpired()).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.queryForObject("select count(*) from jobcheck_callback where id = ?", Long.class, old))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from jobcheck_callback where id = ?", Long.class, recent))
			.isOne();
	}

}
