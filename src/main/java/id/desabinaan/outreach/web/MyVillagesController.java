package id.desabinaan.outreach.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.desabinaan.outreach.MyVillages;
import id.desabinaan.shared.CurrentUser;

/** "My villages": an officer's villages with what is due ({@code /app/desa-saya}). */
@Controller
class MyVillagesController {

	private final MyVillages villages;

	MyVillagesController(MyVillages villages) {
		this.villages = villages;
	}

	@GetMapping("/app/desa-saya")
	String myVillages(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("villages", this.villages.of(user));
		model.addAttribute("dueDays", this.villages.visitDueDays());
		return "outreach/my-villages";
	}

}
