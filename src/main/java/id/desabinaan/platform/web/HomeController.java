package id.desabinaan.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page for residents, the about page and the staff home after sign-in.
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

	@GetMapping("/app")
	String staffHome() {
		return "app/home";
	}

}
