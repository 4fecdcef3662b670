package id.desabinaan.knowledge.jobcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.knowledge.WarningSignContext;
import id.desabinaan.knowledge.WarningSigns;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The warning signs are reviewed like articles: an editor drafts and submits, another
 * editor publishes with a valid-from date, and what is in force on a day follows the
 * published versions. Signs made here apply to reports only, so that the public check and
 * the leaflet of other tests never see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarningSignReviewTests {

	@Autowired
	WarningSignEditor editor;

	@Autowired
	WarningSigns signs;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	CurrentUser author;

	CurrentUser reviewer;

	@BeforeEach
	void editors() {
		this.author = Editors.newEditor(this.accounts, this.users);
		this.reviewer = Editors.newEditor(this.accounts, this.users);
	}

	static SignContent content(String title, int weight, LocalDate validFrom) {
		return new SignContent(title, title + " (en)", "Penjelasan " + title, "Explanation " + title, weight, false,
				true, validFrom, "Uji");
	}

	@Test
	void aSignIsPublishedOnlyByAnotherEditorAndThenApplies() {
		LocalDate today = this.editor.today();
		String code = this.editor.create(this.author, Editors.uniqueCode(), content("Tanda uji", 4, today));
		assertThat(this.signs.find(code, today)).as("a draft is not in force").isEmpty();

		assertThatThrownBy(() -> this.editor.submit(this.reviewer, code)).isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.review.notAuthor");
		this.editor.submit(this.author, code);
		assertThatThrownBy(() -> this.editor.publish(this.author, code)).isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.review.ownWork");
		assertThatThrownBy(() -> this.editor.saveDraft(this.author, code, content("Diubah", 4, today)))
			.as("a version in review is frozen")
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.review.notDraft");

		this.editor.publish(this.reviewer, code);

		assertThat(this.signs.find(code, today)).hasValueSatisfying((sign) -> {
			assertThat(sign.titleId()).isEqualTo("Tanda uji");
			assertThat(sign.weight()).isEqualTo(4);
			assertThat(sign.version()).isEqualTo(1);
			assertThat(sign.contexts()).containsExactly(WarningSignContext.REPORT);
		});
		assertThat(this.signs.inForce(WarningSignContext.REPORT, today)).anyMatch((sign) -> sign.code().equals(code));
		assertThat(this.signs.inForce(WarningSignContext.JOB_OFFER, today))
			.noneMatch((sign) -> sign.code().equals(code));
		SignVersionView published = this.editor.versions(this.author, code).get(0);
		assertThat(published.review().author()).isEqualTo(this.author.getUsername());
		assertThat(published.review().reviewer()).isEqualTo(this.reviewer.getUsername());
		assertThat(published.review().status()).isEqualTo(ReviewStatus.PUBLISHED);
	}

	@Test
	void aChangeWithALaterValidFromDateAppliesFromThatDayAndEveryVersionIsKept() {
		LocalDate today = this.editor.today();
		LocalDate nextMonth = today.plusMonths(1);
		String code = publishedSign(2, today);

		this.editor.saveDraft(this.author, code, content("Bobot baru", 7, nextMonth));
		this.editor.submit(this.author, code);
		this.editor.publish(this.reviewer, code);

		assertThat(this.signs.find(code, today)).hasValueSatisfying((sign) -> assertThat(sign.weight()).isEqualTo(2));
		assertThat(this.signs.find(code, nextMonth.minusDays(1)))
			.hasValueSatisfying((sign) -> assertThat(sign.weight()).isEqualTo(2));
		assertThat(this.signs.find(code, nextMonth)).hasValueSatisfying((sign) -> {
			assertThat(sign.weight()).isEqualTo(7);
			assertThat(sign.titleId()).isEqualTo("Bobot baru");
		});
		assertThat(this.signs.assess(List.of(code), today).level()).isEqualTo(WarningRiskLevel.LOW);
		assertThat(this.signs.assess(List.of(code), nextMonth).level()).isEqualTo(WarningRiskLevel.HIGH);
		assertThat(this.editor.versions(this.reviewer, code)).extracting((v) -> v.review().number())
			.containsExactly(2, 1);
	}

	@Test
	void aReviewerReturnsADraftWithANoteAndOnlyItsAuthorChangesIt() {
		LocalDate today = this.editor.today();
		String code = this.editor.create(this.author, Editors.uniqueCode(), content("Perlu perbaikan", 3, today));
		this.editor.submit(this.author, code);
		assertThatThrownBy(() -> this.editor.returnToAuthor(this.reviewer, code, " "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("jobcheck.review.note.required");
		this.editor.returnToAuthor(this.reviewer, code, "Bahasa terlalu sulit");

		SignVersionView returned = this.editor.versions(this.author, code).get(0);
		assertThat(returned.review().status()).isEqualTo(ReviewStatus.DRAFT);
		assertThat(returned.review().note()).isEqualTo("Bahasa terlalu sulit");
		assertThatThrownBy(() -> this.editor.saveDraft(this.reviewer, code, content("Ditulis orang lain", 3, today)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.review.notAuthor");
		this.editor.saveDraft(this.author, code, content("Bahasa sederhana", 3, today));
		assertThat(this.editor.versions(this.author, code).get(0).content().titleId()).isEqualTo("Bahasa sederhana");
	}

	@Test
	void aVersionIsNotPublishedForADayAlreadyPast() {
		LocalDate today = this.editor.today();
		String code = publishedSign(3, today);
		this.editor.saveDraft(this.author, code, content("Terlambat", 3, today.minusDays(1)));
		this.editor.submit(this.author, code);
		assertThatThrownBy(() -> this.editor.publish(this.reviewer, code)).isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.review.validFromPast");
	}

	@Test
	void anAuthorDiscardsHisDraftOfAPublishedSign() {
		LocalDate today = this.editor.today();
		String code = publishedSign(3, today);
		this.editor.saveDraft(this.author, code, content("Coba-coba", 9, today));
		this.editor.discard(this.author, code);
		assertThat(this.editor.versions(this.author, code)).hasSize(1);
		assertThat(this.signs.find(code, today)).hasValueSatisfying((sign) -> assertThat(sign.weight()).isEqualTo(3));
	}

	@Test
	void codesAreUniqueAndWellFormed() {
		String code = this.editor.create(this.author, Editors.uniqueCode(), content("Unik", 1, this.editor.today()));
		assertThatThrownBy(() -> this.editor.create(this.author, code, content("Lagi", 1, this.editor.today())))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.sign.code.taken");
		assertThatThrownBy(() -> this.editor.create(this.author, "x y", content("Buruk", 1, this.editor.today())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("jobcheck.sign.code.invalid");
	}

	@Test
	void viewersAndOfficeHeadsReadButDoNotEditAndOtherStaffDoNotRead() {
		CurrentUser national = Editors.demo(this.users, "nasional");
		CurrentUser head = Editors.demo(this.users, "kepala.wonosobo");
		CurrentUser staff = Editors.demo(this.users, "staf.wonosobo");
		assertThat(this.editor.overview(national)).isNotEmpty();
		assertThat(this.editor.overview(head)).isNotEmpty();
		assertThatThrownBy(() -> this.editor.create(national, Editors.uniqueCode(),
				content("Tidak boleh", 1, this.editor.today())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.editor.overview(staff)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void thresholdsAreReviewedAndDatedLikeTheSigns() {
		LocalDate today = this.editor.today();
		LocalDate farAhead = today.plusYears(20).plusDays(this.author.accountId() % 300);
		this.editor.saveThresholdDraft(this.author, 4, 8, farAhead, "Uji ambang");
		this.editor.submitThresholds(this.author);
		assertThatThrownBy(() -> this.editor.publishThresholds(this.author)).isInstanceOf(RuleViolationException.class)
			.hasMessage("jobcheck.review.ownWork");
		this.editor.publishThresholds(this.reviewer);

		assertThat(this.signs.thresholds(today).highFrom()).isEqualTo(6);
		assertThat(this.signs.thresholds(farAhead).mediumFrom()).isEqualTo(4);
		assertThat(this.signs.thresholds(farAhead).highFrom()).isEqualTo(8);
		assertThat(this.editor.thresholds(this.reviewer).open()).isNull();
	}

	@Test
	void theEditorsPagesWalkTheSameSteps() throws Exception {
		LocalDate today = this.editor.today();
		String code = Editors.uniqueCode();
		this.mvc
			.perform(post("/app/info/tanda-bahaya/baru").with(user(this.author))
				.with(csrf())
				.param("code", code)
				.param("titleId", "Lewat halaman")
				.param("titleEn", "Through the page")
				.param("explanationId", "Penjelasan")
				.param("explanationEn", "Explanation")
				.param("weight", "2")
				.param("report", "true")
				.param("validFrom", today.toString())
				.param("source", "Uji"))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/app/info/tanda-bahaya/" + code));
		this.mvc.perform(post("/app/info/tanda-bahaya/" + code + "/ajukan").with(user(this.author)).with(csrf()));
		this.mvc.perform(post("/app/info/tanda-bahaya/" + code + "/terbitkan").with(user(this.reviewer)).with(csrf()));
		assertThat(this.signs.find(code, today)).isPresent();

		String page = this.mvc.perform(get("/app/info/tanda-bahaya/" + code).with(user(this.author)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Lewat halaman", "Terbit", this.reviewer.getUsername());
		String overview = this.mvc
			.perform(get("/app/info/tanda-bahaya").with(user(Editors.demo(this.users, "kepala.wonosobo"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains(code, "NON_WORK_VISA", "Bekerja dengan visa turis")
			.doesNotContain("id=\"new-sign\"");
	}

	private String publishedSign(int weight, LocalDate validFrom) {
		String code = this.editor.create(this.author, Editors.uniqueCode(), content("Tanda", weight, validFrom));
		this.editor.submit(this.author, code);
		this.editor.publish(this.reviewer, code);
		return code;
	}

}
