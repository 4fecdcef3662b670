package id.desabinaan.office.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.office.internal.OfficeService;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;

/**
 * Public pages for residents: the immigration offices by Kanwil, which office serves a
 * village ({@code /kantor?wilayah=33.07.06.2009}, linked from the region pages), and one
 * office's contact and working area.
 */
@Controller
class PublicOfficeController {

	private final OfficeService offices;

	PublicOfficeController(OfficeService offices) {
		this.offices = offices;
	}

	@GetMapping("/kantor")
	String directory(@RequestParam(name = "wilayah", required = false) String region, Model model,
			HttpServletResponse response) {
		model.addAttribute("kanwils", this.offices.publicDirectory());
		if (region == null || region.isBlank()) {
			return "office/public-list";
		}
		String code = region.strip();
		model.addAttribute("wilayah", code);
		try {
			model.addAttribute("serving", this.offices.servingOffice(code));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problemCode", ex.getMessageCode());
			model.addAttribute("problemArgs", ex.getArguments());
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problemCode", ex.getMessageCode());
			model.addAttribute("problemArgs", ex.getArguments());
		}
		return "office/public-list";
	}

	@GetMapping("/kantor/{code}")
	String office(@PathVariable String code, Model model) {
		model.addAttribute("office", this.offices.publicViewByCode(code));
		return "office/public-office";
	}

}
