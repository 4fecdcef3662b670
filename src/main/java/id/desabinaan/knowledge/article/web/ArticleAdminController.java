package id.desabinaan.knowledge.article.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.knowledge.article.ArticleContent;
import id.desabinaan.knowledge.article.ArticleService;
import id.desabinaan.knowledge.article.Audience;
import id.desabinaan.knowledge.article.Topic;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Staff pages of the knowledge base under {@code /app/info/artikel}: the list, an
 * article's versions, a version, the comparison of two versions, and the editorial
 * workflow (new article, edit draft, send for review, send back, publish, retire). Who
 * may do what is decided by {@link ArticleService}; a change is refused (403) before its
 * input is read.
 */
@Controller
@RequestMapping("/app/info/artikel")
class ArticleAdminController {

	private static final String ARTICLE = "redirect:/app/info/artikel/";

	/** Dates of the forms default to today in western Indonesia. */
	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final ArticleService articles;

	private final OfficeDirectory offices;

	private final Clock clock;

	ArticleAdminController(ArticleService articles, OfficeDirectory offices, Clock clock) {
		this.articles = articles;
		this.offices = offices;
		this.clock = clock;
	}

	/** Times are shown in the zone of the user's office (WIB when he has none). */
	@ModelAttribute("zone")
	ZoneId zone(@AuthenticationPrincipal CurrentUser user) {
		Long office = (user != null) ? user.scope().officeId() : null;
		return (office != null) ? this.offices.find(office).map((o) -> ZoneId.of(o.timeZone())).orElse(WIB) : WIB;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("articles", this.articles.list(user));
		model.addAttribute("rights", this.articles.rights(user));
		model.addAttribute("managesEditors", user.hasRole(Role.SYSTEM_ADMIN, Role.OFFICE_HEAD));
		return "knowledge/article/admin-list";
	}

	@GetMapping("/baru")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		ArticleForm form = ArticleForm.empty(today());
		var choices = this.articles.choices(user);
		if (!choices.national() && !choices.offices().isEmpty()) {
			form.setOfficeId(choices.offices().get(0).id());
		}
		return showNew(user, form, model);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("articleForm") ArticleForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		this.articles.choices(user);
		ArticleContent content = form.content(binding);
		if (!binding.hasErrors() && FormErrors.attempt(binding,
				() -> this.articles.create(user, form.getSlug(), form.getOfficeId(), content))) {
			redirect.addFlashAttribute("flash", "article.flash.created");
			return ARTICLE + form.getSlug().strip();
		}
		return showNew(user, form, model);
	}

	@GetMapping("/{slug}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, Model model) {
		model.addAttribute("article", this.articles.overview(user, slug));
		model.addAttribute("retireForm", new RetireForm());
		return "knowledge/article/admin-view";
	}

	@GetMapping("/{slug}/versi/{number}")
	String version(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable int number,
			Model model) {
		model.addAttribute("article", this.articles.overview(user, slug));
		model.addAttribute("version", this.articles.version(user, slug, number));
		return "knowledge/article/admin-version";
	}

	@GetMapping("/{slug}/banding")
	String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			@RequestParam(name = "dari") int from, @RequestParam(name = "ke") int to,
			@RequestParam(name = "bahasa", defaultValue = "id") String language, Model model) {
		model.addAttribute("article", this.articles.overview(user, slug));
		model.addAttribute("comparison", this.articles.compare(user, slug, from, to, language));
		return "knowledge/article/admin-compare";
	}

	@GetMapping("/{slug}/ubah")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, Model model,
			RedirectAttributes redirect) {
		requireEditor(user, slug);
		ArticleForm form;
		try {
			form = ArticleForm.of(this.articles.draft(user, slug));
		}
		catch (RuleViolationException ex) {
			FormErrors.flashError(redirect, ex.getMessageCode(), ex.getArguments());
			return ARTICLE + slug;
		}
		return showEdit(user, slug, form, model);
	}

	@PostMapping("/{slug}/ubah")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			@ModelAttribute("articleForm") ArticleForm form, BindingResult binding,
			@RequestParam(name = "submit", required = false) String submitButton, Model model,
			RedirectAttributes redirect) {
		requireEditor(user, slug);
		ArticleContent content = form.content(binding);
		boolean submit = submitButton != null;
		if (!binding.hasErrors() && FormErrors.attempt(binding, () -> {
			this.articles.saveDraft(user, slug, content);
			if (submit) {
				this.articles.submit(user, slug);
			}
		})) {
			redirect.addFlashAttribute("flash", submit ? "article.flash.submitted" : "article.flash.saved");
			return ARTICLE + slug;
		}
		return showEdit(user, slug, form, model);
	}

	@PostMapping("/{slug}/draf")
	String startDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			RedirectAttributes redirect) {
		requireEditor(user, slug);
		boolean started = FormErrors.flash(redirect, "article.flash.draftStarted",
				() -> this.articles.startDraft(user, slug));
		return started ? ARTICLE + slug + "/ubah" : ARTICLE + slug;
	}

	@PostMapping("/{slug}/ajukan")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, RedirectAttributes redirect) {
		requireEditor(user, slug);
		FormErrors.flash(redirect, "article.flash.submitted", () -> this.articles.submit(user, slug));
		return ARTICLE + slug;
	}

	@PostMapping("/{slug}/kembalikan")
	String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		requireEditor(user, slug);
		FormErrors.flash(redirect, "article.flash.sentBack", () -> this.articles.sendBack(user, slug, note));
		return ARTICLE + slug;
	}

	@PostMapping("/{slug}/terbitkan")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, RedirectAttributes redirect) {
		requireEditor(user, slug);
		FormErrors.flash(redirect, "article.flash.published", () -> this.articles.publish(user, slug));
		return ARTICLE + slug;
	}

	@PostMapping("/{slug}/pensiunkan")
	String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			@ModelAttribute("retireForm") RetireForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireEditor(user, slug);
		if (FormErrors.attempt(binding, () -> this.articles.retire(user, slug, form.getReason()))) {
			redirect.addFlashAttribute("flash", "article.flash.retired");
			return ARTICLE + slug;
		}
		model.addAttribute("article", this.articles.overview(user, slug));
		return "knowledge/article/admin-view";
	}

	private String showNew(CurrentUser user, ArticleForm form, Model model) {
		model.addAttribute("articleForm", form);
		model.addAttribute("choices", this.articles.choices(user));
		model.addAttribute("creating", true);
		addOptions(model);
		return "knowledge/article/admin-edit";
	}

	private String showEdit(CurrentUser user, String slug, ArticleForm form, Model model) {
		model.addAttribute("articleForm", form);
		model.addAttribute("article", this.articles.overview(user, slug));
		model.addAttribute("creating", false);
		addOptions(model);
		return "knowledge/article/admin-edit";
	}

	private static void addOptions(Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("audienceOptions", Audience.values());
	}

	private void requireEditor(CurrentUser user, String slug) {
		if (!this.articles.mayEdit(user, slug)) {
			throw new AccessDeniedException("Not an editor of this article");
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), WIB);
	}

	/** The reason asked when an article is withdrawn. */
	public static class RetireForm {

		private String reason = "";

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
