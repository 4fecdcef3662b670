package id.desabinaan.knowledge.wizard.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportGuide;
import id.desabinaan.knowledge.regulation.RegulatedReads;
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
 * serving the region picked, or the office list), and a link and a WhatsApp text to
 * share.
 */
@Controller
class WizardController {

	static final String PATH = "/paspor/syarat";

	private final PassportGuide guide;

	private final RegulatedReads data;

	private final RegionPicker picker;

	private final OfficeDirectory offices;

	private final MessageSource messages;

	private final String baseUrl;

	WizardController(PassportGuide guide, RegulatedReads data, RegionPicker picker, OfficeDirectory offices,
			MessageSource messages, @Value("${desabinaan.public-base-url:http://localhost:8080}") String baseUrl) {
		this.guide = guide;
		this.data = data;
		this.picker = picker;
		this.offices = offices;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping(PATH)
	String wizard(@ModelAttribute("wizardForm") WizardForm form, BindingResult binding, Model model, Locale locale) {
		RegionChoice choice = (form.getWilayahQuery() == null && form.getWilayah() != null)
				? this.picker.resolve(form.getWilayah(), form.getWilayah(), null)
				: this.picker.resolve(form.getWilayah(), form.getWilayahQuery(), null);
		model.addAttribute("wilayahChoice", choice);
		if (choice.isResolved() && RegionCode.of(choice.code()).depth() >= 2) {
			Optional<OfficeSummary> office = this.offices.servingOffice(RegionCode.of(choice.code()));
			model.addAttribute("servingOffice", office.orElse(null));
			model.addAttribute("servingMissing", office.isEmpty());
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
			String link = link(advice, choice, locale);
			model.addAttribute("advice", advice);
			model.addAttribute("shareLink", link);
			model.addAttribute("whatsappLink",
					ShareMessage.whatsappLink(ShareMessage.text(advice, link, this.messages, locale)));
		}
		catch (InvalidInputException ex) {
			binding.rejectValue(ex.getField(), ex.getMessageCode(), ex.getArguments(), ex.getMessageCode());
		}
		return "knowledge/wizard/wizard";
	}

	/** The absolute address of this result, to share. */
	private String link(PassportAdvice advice, RegionChoice choice, Locale locale) {
		StringBuilder link = new StringBuilder(this.baseUrl).append(PATH)
			.append('?')
			.append(advice.questions().query());
		if (choice.isResolved()) {
			link.append("&wilayah=").append(choice.code());
		}
		if ("en".equals(locale.getLanguage())) {
			link.append("&lang=en");
		}
		return link.toString();
	}

}
