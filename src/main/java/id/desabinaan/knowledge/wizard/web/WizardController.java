package id.desabinaan.knowledge.wizard.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportGuide;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.PosterContact;
import id.desabinaan.knowledge.PosterRenderer;
import id.desabinaan.knowledge.PosterSection;
import id.desabinaan.knowledge.regulation.RegulatedReads;
import id.desabinaan.office.OfficeContact;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;

/**
 * The passport requirements and fee wizard at {@code /paspor/syarat}: a GET form, so that
 * the result is a link a resident can share, that works without JavaScript. Every answer
 * is needed; a bad or missing answer is named next to its question. The result lists the
 * documents, the steps, each fee and the total as valid today, where to apply (the office
 * serving the region picked, with its address and phone, or the office list), and a link,
 * a WhatsApp text and an A4 poster ({@code /paspor/syarat/poster.pdf} with the same
 * answers) to share.
 */
@Controller
class WizardController {

	static final String PATH = "/paspor/syarat";

	static final String POSTER_PATH = PATH + "/poster.pdf";

	private final PassportGuide guide;

	private final RegulatedReads data;

	private final RegionPicker picker;

	private final OfficeDirectory offices;

	private final MessageSource messages;

	private final PosterRenderer renderer;

	private final String baseUrl;

	WizardController(PassportGuide guide, RegulatedReads data, RegionPicker picker, OfficeDirectory offices,
			MessageSource messages, PosterRenderer renderer,
			@Value("${desabinaan.public-base-url:http://localhost:8080}") String baseUrl) {
		this.guide = guide;
		this.data = data;
		this.picker = picker;
		this.offices = offices;
		this.messages = messages;
		this.renderer = renderer;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Where the resident applies: the office serving the region he picked with its
	 * contact, or nothing when he picked none (or no office serves it).
	 *
	 * @param choice the region picker's state
	 * @param office the serving office, or {@code null}
	 * @param contact its public contact, or {@code null}
	 * @param missing a region was picked but no office serves it
	 */
	record Serving(RegionChoice choice, OfficeSummary office, OfficeContact contact, boolean missing) {
	}

	@GetMapping(PATH)
	String wizard(@ModelAttribute("wizardForm") WizardForm form, BindingResult binding, Model model, Locale locale) {
		Serving serving = serving(form);
		model.addAttribute("wilayahChoice", serving.choice());
		if (serving.office() != null || serving.missing()) {
			model.addAttribute("servingOffice", serving.office());
			model.addAttribute("servingContact", serving.contact());
			model.addAttribute("servingMissing", serving.missing());
		}
		model.addAttribute("today", this.guide.today());
		model.addAttribute("migrantWorkerFee",
				this.data.feeOn(FeeComponent.PROCEDURAL_MIGRANT_WORKER_FIRST, this.guide.today()).orElse(null));
		if (form.isEmpty()) {
			return "knowledge/wizard/wizard";
		}
		PassportAnswers answers = form.answers();
		answers.problems().forEach((problem) -> binding.rejectValue(problem.field(), problem.code(), problem.code()));
		if (!answers.valid()) {
			return "knowledge/wizard/wizard";
		}
		try {
			PassportAdvice advice = this.guide.advise(answers.questions(), this.guide.today());
			String link = link(advice.questions(), serving.choice(), locale);
			model.addAttribute("advice", advice);
			model.addAttribute("shareLink", link);
			model.addAttribute("posterLink", posterPath(advice.questions(), serving.choice(), locale));
			model.addAttribute("whatsappLink", ShareMessage
				.whatsappLink(ShareMessage.text(advice, link, officeLine(serving, locale), this.messages, locale)));
		}
		catch (InvalidInputException ex) {
			binding.rejectValue(ex.getField(), ex.getMessageCode(), ex.getArguments(), ex.getMessageCode());
		}
		return "knowledge/wizard/wizard";
	}

	/**
	 * The result as a one-page A4 poster: documents, steps, each fee and the total, where
	 * to apply, and a QR code back to the result. Answers the page cannot take go back to
	 * the page, which names the question to fix.
	 */
	@GetMapping(POSTER_PATH)
	ResponseEntity<byte[]> poster(@ModelAttribute("wizardForm") WizardForm form, Locale locale,
			HttpServletRequest request) {
		PassportAnswers answers = form.answers();
		Optional<PassportAdvice> advice = Optional.empty();
		if (answers.valid()) {
			try {
				advice = Optional.of(this.guide.advise(answers.questions(), this.guide.today()));
			}
			catch (InvalidInputException ex) {
				advice = Optional.empty();
			}
		}
		if (advice.isEmpty()) {
			String query = request.getQueryString();
			return ResponseEntity.status(HttpStatus.FOUND)
				.header(HttpHeaders.LOCATION, request.getContextPath() + PATH + ((query != null) ? "?" + query : ""))
				.build();
		}
		Serving serving = serving(form);
		Poster poster = poster(advice.get(), serving, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("syarat-paspor.pdf").build().toString())
			.body(this.renderer.renderOnePage(poster, locale));
	}

	private Poster poster(PassportAdvice advice, Serving serving, Locale locale) {
		List<PosterSection> sections = new ArrayList<>();
		sections.add(PosterSection.items(msg(locale, "knowledge.wizard.result.documents"),
				advice.documents().stream().map((document) -> document.text(locale)).toList()));
		List<String> fees = new ArrayList<>();
		advice.fees()
			.forEach((fee) -> fees.add(msg(locale, "knowledge.fee." + fee.component()) + ": "
					+ ShareMessage.rupiah(fee.amount(), locale)));
		fees.add(msg(locale, "knowledge.wizard.result.total") + ": " + ShareMessage.rupiah(advice.total(), locale));
		sections.add(new PosterSection(msg(locale, "knowledge.wizard.result.fees"),
				List.of(msg(locale, "knowledge.wizard.result.asOf", longDate(advice, locale)),
						msg(locale, "knowledge.wizard.result.feeSource", String.join("; ", advice.feeSources()))),
				fees));
		List<String> where = new ArrayList<>();
		if (serving.office() == null) {
			where.add(msg(locale, "knowledge.share.officeList", this.renderer.publicUrl("/kantor")));
		}
		if (advice.anyOffice()) {
			where.add(msg(locale, "knowledge.wizard.result.anyOffice"));
		}
		if (!where.isEmpty()) {
			sections.add(new PosterSection(msg(locale, "knowledge.wizard.result.where"), where, List.of()));
		}
		if (!advice.steps().isEmpty()) {
			sections.add(PosterSection.items(msg(locale, "knowledge.wizard.result.steps"),
					advice.steps().stream().map((step) -> step.text(locale)).toList()));
		}
		if (!advice.visaFacilitations().isEmpty()) {
			sections.add(PosterSection.items(msg(locale, "knowledge.wizard.result.visas"),
					advice.visaFacilitations()
						.stream()
						.map((visa) -> visa.countryName(locale) + ": " + visa.note(locale)
								+ ((visa.electronicPassportOnly() && !advice.questions().electronic())
										? " " + msg(locale, "knowledge.wizard.result.visaNeedsElectronic") : ""))
						.toList()));
		}
		PosterContact contact = null;
		if (serving.office() != null) {
			OfficeContact office = serving.contact();
			contact = new PosterContact(msg(locale, "knowledge.wizard.result.where"), serving.office().name(),
					(office != null) ? office.address() : null, (office != null) ? office.phone() : null,
					(office != null) ? office.email() : null,
					this.renderer.publicUrl("/kantor/" + serving.office().code()));
		}
		return new Poster(msg(locale, "knowledge.wizard.poster.title"), summary(advice.questions(), locale), sections,
				link(advice.questions(), serving.choice(), locale), contact);
	}

	private Serving serving(WizardForm form) {
		RegionChoice choice = (form.getWilayahQuery() == null && form.getWilayah() != null)
				? this.picker.resolve(form.getWilayah(), form.getWilayah(), null)
				: this.picker.resolve(form.getWilayah(), form.getWilayahQuery(), null);
		if (choice.isResolved() && RegionCode.of(choice.code()).depth() >= 2) {
			Optional<OfficeSummary> office = this.offices.servingOffice(RegionCode.of(choice.code()));
			OfficeContact contact = office.flatMap((found) -> this.offices.contact(found.id())).orElse(null);
			return new Serving(choice, office.orElse(null), contact, office.isEmpty());
		}
		return new Serving(choice, null, null, false);
	}

	/**
	 * One line for the WhatsApp text: the serving office with its address and phone, or
	 * the address of the office list.
	 */
	private String officeLine(Serving serving, Locale locale) {
		if (serving.office() == null) {
			return msg(locale, "knowledge.share.officeList", this.baseUrl + "/kantor");
		}
		StringBuilder line = new StringBuilder(serving.office().name());
		OfficeContact contact = serving.contact();
		if (contact != null && contact.address() != null && !contact.address().isBlank()) {
			line.append(", ").append(contact.address());
		}
		if (contact != null && contact.phone() != null && !contact.phone().isBlank()) {
			line.append(", ").append(msg(locale, "knowledge.wizard.result.phone", contact.phone()));
		}
		return msg(locale, "knowledge.share.office", line.toString());
	}

	private String summary(PassportQuestions questions, Locale locale) {
		return msg(locale, "knowledge.wizard.result.summary", msg(locale, "knowledge.wizard.type." + questions.type()),
				msg(locale, questions.child() ? "knowledge.wizard.result.child" : "knowledge.wizard.result.adult"),
				msg(locale,
						questions.electronic() ? "knowledge.wizard.result.electronic"
								: "knowledge.wizard.result.nonElectronic"),
				questions.validity().years(), msg(locale,
						questions.sameDay() ? "knowledge.wizard.result.sameDay" : "knowledge.wizard.result.regular"));
	}

	private static String longDate(PassportAdvice advice, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(advice.date());
	}

	/** The absolute address of this result, to share. */
	private String link(PassportQuestions questions, RegionChoice choice, Locale locale) {
		return this.baseUrl + resultQuery(PATH, questions, choice, locale);
	}

	private static String posterPath(PassportQuestions questions, RegionChoice choice, Locale locale) {
		return resultQuery(POSTER_PATH, questions, choice, locale);
	}

	private static String resultQuery(String path, PassportQuestions questions, RegionChoice choice, Locale locale) {
		StringBuilder link = new StringBuilder(path).append('?').append(questions.query());
		if (choice.isResolved()) {
			link.append("&wilayah=").append(choice.code());
		}
		if ("en".equals(locale.getLanguage())) {
			link.append("&lang=en");
		}
		return link.toString();
	}

	private String msg(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
