package id.desabinaan.earlywarning.intake.web;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.intake.ReceiptDesk;
import id.desabinaan.earlywarning.intake.ReceiptDesk.StaffReceipt;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * The staff report form ({@code /app/laporan/baru}): village officials report for their
 * own village (identified); PIMPASA and office staff, analysts and heads for the villages
 * of their office's working area, themselves or on behalf of someone (told in person or
 * by telephone, with the reporter's contact if he agrees). Viewers and administrators do
 * not report.
 */
@Controller
class StaffReportController {

	private static final String ACTION = "/app/laporan/baru";

	private final ReportFormSupport support;

	private final ReceiptDesk desk;

	private final ReportViews views;

	StaffReportController(ReportFormSupport support, ReceiptDesk desk, ReportViews views) {
		this.support = support;
		this.desk = desk;
		this.views = views;
	}

	@GetMapping(ACTION)
	String form(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "kategori", required = false) String category, Model model) {
		requireReporter(user);
		Optional<ReportCategory> chosen = ReportFormSupport.category(category);
		if (chosen.isEmpty()) {
			return this.support.choose(model, ACTION);
		}
		ReportForm form = this.support.fresh(chosen.get());
		RegionChoice village = (user.role() == Role.VILLAGE_OFFICIAL) ? this.support.village(form, user)
				: RegionChoice.empty();
		return this.support.show(model, form, chosen.get(), village, new FormErrors(), user, ACTION);
	}

	@PostMapping(ACTION)
	String submit(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ReportForm form, Model model) {
		requireReporter(user);
		Optional<ReportCategory> category = ReportFormSupport.category(form.getCategory());
		if (category.isEmpty()) {
			return this.support.choose(model, ACTION);
		}
		RegionChoice village = this.support.village(form, user);
		ReportFormSupport.Outcome outcome = this.support.submit(form, category.get(), village, user);
		if (outcome.receipt() == null) {
			return this.support.show(model, form, category.get(), village, outcome.errors(), user, ACTION);
		}
		return "redirect:/app/laporan/baru/" + outcome.receipt().reportId() + "/diterima";
	}

	/** The receipt of a report just taken down (for those who may read it). */
	@GetMapping(ACTION + "/{id}/diterima")
	String received(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireReporter(user);
		StaffReceipt receipt = this.desk.staffReceipt(user, id);
		this.views.record(user, receipt.report(), "RECEIPT", false);
		model.addAttribute("report", receipt.report());
		model.addAttribute("groupedCode", receipt.groupedCode());
		model.addAttribute("reasons", receipt.reasons());
		model.addAttribute("attachments", receipt.attachments());
		return "earlywarning/intake/received";
	}

	private static void requireReporter(CurrentUser user) {
		if (user == null || !user.hasRole(Role.VILLAGE_OFFICIAL, Role.PIMPASA, Role.OFFICE_STAFF, Role.INTEL_ANALYST,
				Role.OFFICE_HEAD)) {
			throw new AccessDeniedException("This account does not take down reports");
		}
	}

}
