package id.desabinaan.knowledge.regulation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.desabinaan.knowledge.regulation.RegulatedReads;

/**
 * The public passport fee table at {@code /paspor/tarif}: the fees valid today and the
 * changes already announced.
 */
@Controller
class PublicFeeController {

	private final RegulatedReads data;

	PublicFeeController(RegulatedReads data) {
		this.data = data;
	}

	@GetMapping("/paspor/tarif")
	String fees(Model model) {
		model.addAttribute("today", this.data.today());
		model.addAttribute("fees", this.data.feesOn(this.data.today()));
		model.addAttribute("announced", this.data.announcedAfter(this.data.today()));
		return "knowledge/regulation/public-fees";
	}

}
