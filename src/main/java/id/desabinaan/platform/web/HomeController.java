package id.desabinaan.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page for residents and the about page (the staff home is the account
 * module's).
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/tentang")
	String about() {
		return "about";
	}

}
