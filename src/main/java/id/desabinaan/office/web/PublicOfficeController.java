package id.desabinaan.office.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.office.internal.OfficeService;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.NotFoundException;

/**
 * Public pages for residents: the immigration offices by Kanwil, which office serves a
 * village ({@code /kantor?wilayah=33.07.06.2009}, linked from the region pages), and one
 * office's contact and working area.
 */
@Controller
class PublicOfficeController {

	private final OfficeService offices;

	private final RegionPicker picker;

	PublicOfficeController(OfficeService offices, RegionPicker picker) {
		this.offices = offices;
		this.picker = picker;
	}

	/**
	 * The office directory, and which office serves a region: {@code wilayah} is a code
	 * (from links and from the picker's choices), {@code wilayahQuery} what the resident
	 * typed (a name, "name, kecamatan", or a code).
	 */
	@GetMapping("/kantor")
	String directory(@RequestParam(name = "wilayah", required = false) String code,
			@RequestParam(name = "wilayahQuery", required = false) String query, Model model,
			HttpServletResponse response) {
		model.addAttribute("kanwils", this.offices.publicDirectory());
		RegionChoice choice = (query == null && code != null) ? this.picker.resolve(code, code, null)
				: this.picker.resolve(code, query, null);
		model.addAttribute("wilayahChoice", choice);
		if (choice.isResolved()) {
			try {
				model.addAttribute("serving", this.offices.servingOffice(choice.code()));
			}
			catch (NotFoundException ex) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("problemCode", ex.getMessageCode());
				model.addAttribute("problemArgs", ex.getArguments());
			}
		}
		else if (choice.status() == RegionChoice.Status.INVALID_CODE) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (choice.status() == RegionChoice.Status.NOT_FOUND) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return "office/public-list";
	}

	@GetMapping("/kantor/{code}")
	String office(@PathVariable String code, Model model) {
		model.addAttribute("office", this.offices.publicViewByCode(code));
		return "office/public-office";
	}

}
