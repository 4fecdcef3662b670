package id.desabinaan.office.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.OfficeClass;
import id.desabinaan.office.internal.OfficeService;
import id.desabinaan.office.internal.OfficeService.Permissions;
import id.desabinaan.office.internal.OfficeTimeZone;
import id.desabinaan.office.internal.OfficeView;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Staff pages of the office registry under {@code /app/kantor}. Who may do what is
 * decided by {@link OfficeService} (role and scope); this controller only picks the form
 * that fits and shows the service's refusals next to the right field.
 */
@Controller
@RequestMapping("/app/kantor")
class OfficeAdminController {

	private static final String FORM = "office/admin-form";

	private static final String CONTACT_FORM = "office/admin-contact";

	private final OfficeService offices;

	private final RegionPicker picker;

	OfficeAdminController(OfficeService offices, RegionPicker picker) {
		this.offices = offices;
		this.picker = picker;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("offices", this.offices.listFor(user));
		model.addAttribute("mayCreate", this.offices.mayCreate(user));
		return "office/admin-list";
	}

	@GetMapping("/baru")
	String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		OfficeForm form = new OfficeForm();
		form.setLevel(OfficeLevel.OFFICE.name());
		return showForm(user, form, null, model);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("officeForm") OfficeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		RegionChoice added = pickedRegency(form);
		if (!binding.hasErrors() && isSettled(added)) {
			try {
				long id = this.offices.create(user, form.toCreate());
				redirect.addFlashAttribute("flash", "office.flash.created");
				return "redirect:/app/kantor/" + id;
			}
			catch (InvalidInputException ex) {
				reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
			}
			catch (RuleViolationException ex) {
				reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
			}
		}
		model.addAttribute("addRegencyChoice", added);
		return showForm(user, form, null, model);
	}

	@GetMapping("/{id}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("office", this.offices.viewFor(user, id));
		model.addAttribute("may", this.offices.permissionsFor(user, id));
		return "office/admin-view";
	}

	@GetMapping("/{id}/ubah")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		OfficeView office = this.offices.viewFor(user, id);
		Permissions may = this.offices.permissionsFor(user, id);
		if (may.editAll()) {
			return showForm(user, OfficeForm.of(office), office, model);
		}
		if (may.editContact()) {
			model.addAttribute("office", office);
			model.addAttribute("contactForm", ContactForm.of(office));
			return CONTACT_FORM;
		}
		throw new AccessDeniedException("This role may not edit the office");
	}

	@PostMapping("/{id}/ubah")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("officeForm") OfficeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		OfficeView office = this.offices.viewFor(user, id);
		if (!this.offices.permissionsFor(user, id).editAll()) {
			throw new AccessDeniedException("Only a system administrator changes the office registry");
		}
		RegionChoice added = pickedRegency(form);
		if (!binding.hasErrors() && isSettled(added)) {
			try {
				this.offices.update(user, id, form.toChange());
				redirect.addFlashAttribute("flash", "office.flash.saved");
				return "redirect:/app/kantor/" + id;
			}
			catch (InvalidInputException ex) {
				reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
			}
			catch (RuleViolationException ex) {
				reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
			}
		}
		form.setCode(office.code());
		form.setLevel(office.level().name());
		model.addAttribute("addRegencyChoice", added);
		return showForm(user, form, office, model);
	}

	@PostMapping("/{id}/kontak")
	String editContact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		OfficeView office = this.offices.viewFor(user, id);
		if (!this.offices.permissionsFor(user, id).editContact()) {
			// Refuse before looking at the input, so that invalid input never answers
			// 200.
			throw new AccessDeniedException("This role may not edit the office's contact");
		}
		if (!binding.hasErrors()) {
			try {
				this.offices.changeContact(user, id, form.toContact());
				redirect.addFlashAttribute("flash", "office.flash.saved");
				return "redirect:/app/kantor/" + id;
			}
			catch (InvalidInputException ex) {
				reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
			}
		}
		model.addAttribute("office", office);
		return CONTACT_FORM;
	}

	@PostMapping("/{id}/nonaktifkan")
	String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			this.offices.retire(user, id, reason);
			redirect.addFlashAttribute("flash", "office.flash.retired");
		}
		catch (InvalidInputException ex) {
			failed(redirect, ex.getMessageCode(), ex.getArguments());
		}
		catch (RuleViolationException ex) {
			failed(redirect, ex.getMessageCode(), ex.getArguments());
		}
		return "redirect:/app/kantor/" + id;
	}

	/**
	 * Reads the region picker for "add a kabupaten/kota": a resolved regency joins the
	 * working-area text (and the picker empties); otherwise the choice is shown again
	 * with its message or its candidates.
	 */
	private RegionChoice pickedRegency(OfficeForm form) {
		RegionChoice choice = this.picker.resolve(form.getAddRegency(), form.getAddRegencyQuery(), RegionLevel.REGENCY);
		if (choice.isResolved()) {
			form.addToWorkingArea(choice.code());
			return RegionChoice.empty();
		}
		return choice;
	}

	private static boolean isSettled(RegionChoice choice) {
		return choice.isEmpty() || choice.isResolved();
	}

	private String showForm(CurrentUser user, OfficeForm form, OfficeView office, Model model) {
		if (!model.containsAttribute("addRegencyChoice")) {
			model.addAttribute("addRegencyChoice", RegionChoice.empty());
		}
		model.addAttribute("parents", this.offices.parentCandidates(user));
		model.addAttribute("officeForm", form);
		model.addAttribute("office", office);
		model.addAttribute("levels", List.of(OfficeLevel.values()));
		model.addAttribute("classes", List.of(OfficeClass.values()));
		model.addAttribute("timeZones", List.of(OfficeTimeZone.values()));
		return FORM;
	}

	private static void failed(RedirectAttributes redirect, String code, Object[] args) {
		redirect.addFlashAttribute("flashError", code);
		redirect.addFlashAttribute("flashArgs", args);
	}

	/** Puts a service refusal next to its field, or above the form if no field fits. */
	private static void reject(BindingResult binding, String field, String code, Object[] args) {
		if (field != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, code, args, code);
		}
		else {
			binding.reject(code, args, code);
		}
	}

}
