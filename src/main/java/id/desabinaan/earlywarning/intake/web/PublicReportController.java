package id.desabinaan.earlywarning.intake.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.intake.ReceiptDesk;
import id.desabinaan.earlywarning.intake.ReceiptDesk.ReceiptView;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.InvalidInputException;

/**
 * The public report form ({@code /lapor}), its receipt and the status page of a receipt
 * code. No account, no session, no identity asked: the form is anonymous unless the
 * resident chooses to leave contact details; the receipt code is the only key to the
 * status and the messages. A signed-in visitor reports here as a resident too (his
 * account is not recorded). The receipt is shown only after the report's transaction has
 * committed (post, commit, then redirect).
 */
@Controller
class PublicReportController {

	private static final String STATUS = "earlywarning/intake/status";

	private static final String RECEIPT = "earlywarning/intake/receipt";

	private final ReportFormSupport support;

	private final ReceiptDesk desk;

	private final RegionPicker picker;

	PublicReportController(ReportFormSupport support, ReceiptDesk desk, RegionPicker picker) {
		this.support = support;
		this.desk = desk;
		this.picker = picker;
	}

	/** Without a category: the choice of category; with one: its form. */
	@GetMapping("/lapor")
	String form(@RequestParam(name = "kategori", required = false) String category, Model model) {
		Optional<ReportCategory> chosen = ReportFormSupport.category(category);
		if (chosen.isEmpty()) {
			return this.support.choose(model, "/lapor");
		}
		return this.support.show(model, this.support.fresh(chosen.get()), chosen.get(), RegionChoice.empty(),
				new FormErrors(), null, "/lapor");
	}

	@PostMapping("/lapor")
	String submit(@ModelAttribute("form") ReportForm form, Model model) {
		Optional<ReportCategory> category = ReportFormSupport.category(form.getCategory());
		if (category.isEmpty()) {
			return this.support.choose(model, "/lapor");
		}
		RegionChoice village = this.support.village(form, null);
		ReportFormSupport.Outcome outcome = this.support.submit(form, category.get(), village, null);
		if (outcome.receipt() == null) {
			return this.support.show(model, form, category.get(), village, outcome.errors(), null, "/lapor");
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/lapor/tanda-terima")
			.queryParam("kode", outcome.receipt().receiptCode())
			.build()
			.toUriString();
	}

	/** The receipt: the code to write down and the digests of the attachments. */
	@GetMapping("/lapor/tanda-terima")
	String receipt(@RequestParam(name = "kode", required = false) String code, Model model) {
		Optional<ReceiptView> view = this.desk.find(code);
		if (view.isEmpty()) {
			return notFound(code, model);
		}
		model.addAttribute("receipt", view.get());
		return RECEIPT;
	}

	/**
	 * The status of a report by its receipt code; without a code, the form to enter one.
	 * A wrong or unknown code gets the same neutral answer.
	 */
	@GetMapping("/lapor/status")
	String status(@RequestParam(name = "kode", required = false) String code,
			@RequestParam(name = "terkirim", required = false) String sent, Model model) {
		if (code == null || code.isBlank()) {
			model.addAttribute("errors", new FormErrors().asMap());
			model.addAttribute("code", "");
			return STATUS;
		}
		Optional<ReceiptView> view = this.desk.find(code);
		if (view.isEmpty()) {
			return notFound(code, model);
		}
		model.addAttribute("report", view.get());
		model.addAttribute("code", code);
		model.addAttribute("sent", sent != null);
		model.addAttribute("errors", new FormErrors().asMap());
		model.addAttribute("body", "");
		return STATUS;
	}

	@PostMapping("/lapor/status/balas")
	String reply(@RequestParam(name = "kode", required = false) String code,
			@RequestParam(name = "body", required = false) String body, Model model) {
		try {
			this.desk.reply(code, body);
			return "redirect:" + UriComponentsBuilder.fromPath("/lapor/status")
				.queryParam("kode", code.strip())
				.queryParam("terkirim", "1")
				.fragment("pesan")
				.build()
				.toUriString();
		}
		catch (InvalidInputException ex) {
			Optional<ReceiptView> view = this.desk.find(code);
			if (view.isEmpty()) {
				return notFound(code, model);
			}
			FormErrors errors = new FormErrors();
			errors.add(ex);
			model.addAttribute("report", view.get());
			model.addAttribute("code", code);
			model.addAttribute("sent", false);
			model.addAttribute("errors", errors.asMap());
			model.addAttribute("body", (body != null) ? body : "");
			return STATUS;
		}
	}

	/** The one answer for any code that names no report. */
	private static String notFound(String code, Model model) {
		FormErrors errors = new FormErrors();
		errors.add("kode", "ewintake.status.notFound");
		model.addAttribute("errors", errors.asMap());
		model.addAttribute("code", (code != null) ? code : "");
		return STATUS;
	}

}
