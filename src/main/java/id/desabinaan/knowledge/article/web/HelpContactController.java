package id.desabinaan.knowledge.article.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.knowledge.article.HelpContact;
import id.desabinaan.knowledge.article.HelpContactData;
import id.desabinaan.knowledge.article.HelpContactService;
import id.desabinaan.shared.CurrentUser;

/**
 * The help contacts that articles show ({@code /app/info/kontak}): every staff member
 * reads them, national editors add and change them.
 */
@Controller
@RequestMapping("/app/info/kontak")
class HelpContactController {

	private final HelpContactService contacts;

	HelpContactController(HelpContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.role().isStaff()) {
			throw new AccessDeniedException("Staff pages");
		}
		model.addAttribute("contacts", this.contacts.all());
		model.addAttribute("mayChange", this.contacts.mayChange(user));
		return "knowledge/article/contacts";
	}

	@GetMapping("/baru")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireChanger(user);
		ContactForm form = new ContactForm();
		form.setActive(true);
		return show(form, null, model);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("contactForm") ContactForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireChanger(user);
		HelpContactData data = form.data(binding);
		if (!binding.hasErrors()
				&& FormErrors.attempt(binding, () -> this.contacts.create(user, form.getNameId(), data))) {
			redirect.addFlashAttribute("flash", "article.contact.flash.saved");
			return "redirect:/app/info/kontak";
		}
		return show(form, null, model);
	}

	@GetMapping("/{code}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		requireChanger(user);
		HelpContact contact = this.contacts.byCode(code);
		return show(ContactForm.of(contact.data()), contact, model);
	}

	@PostMapping("/{code}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@ModelAttribute("contactForm") ContactForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireChanger(user);
		HelpContact contact = this.contacts.byCode(code);
		HelpContactData data = form.data(binding);
		if (!binding.hasErrors()
				&& FormErrors.attempt(binding, () -> this.contacts.update(user, contact.getId(), data))) {
			redirect.addFlashAttribute("flash", "article.contact.flash.saved");
			return "redirect:/app/info/kontak";
		}
		return show(form, contact, model);
	}

	private String show(ContactForm form, HelpContact contact, Model model) {
		model.addAttribute("contactForm", form);
		model.addAttribute("contact", contact);
		return "knowledge/article/contact-edit";
	}

	private void requireChanger(CurrentUser user) {
		if (!this.contacts.mayChange(user)) {
			throw new AccessDeniedException("Only national editors change help contacts");
		}
	}

	/** The help contact form. */
	public static class ContactForm {

		private int position = 100;

		private String nameId = "";

		private String nameEn = "";

		private String phone = "";

		private String website = "";

		private String noteId = "";

		private String noteEn = "";

		private String lastChecked = "";

		private boolean active;

		static ContactForm of(HelpContactData data) {
			ContactForm form = new ContactForm();
			form.position = data.position();
			form.nameId = data.nameId();
			form.nameEn = data.nameEn();
			form.phone = (data.phone() != null) ? data.phone() : "";
			form.website = (data.website() != null) ? data.website() : "";
			form.noteId = (data.noteId() != null) ? data.noteId() : "";
			form.noteEn = (data.noteEn() != null) ? data.noteEn() : "";
			form.lastChecked = data.lastChecked().toString();
			form.active = data.active();
			return form;
		}

		HelpContactData data(BindingResult binding) {
			LocalDate checked = null;
			try {
				checked = this.lastChecked.isBlank() ? null : LocalDate.parse(this.lastChecked.strip());
			}
			catch (DateTimeParseException ex) {
				binding.rejectValue("lastChecked", "article.error.date", "article.error.date");
			}
			return new HelpContactData(this.position, this.nameId, this.nameEn, this.phone, this.website, this.noteId,
					this.noteEn, checked, this.active);
		}

		public int getPosition() {
			return this.position;
		}

		public void setPosition(int position) {
			this.position = position;
		}

		public String getNameId() {
			return this.nameId;
		}

		public void setNameId(String nameId) {
			this.nameId = (nameId != null) ? nameId : "";
		}

		public String getNameEn() {
			return this.nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = (nameEn != null) ? nameEn : "";
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = (phone != null) ? phone : "";
		}

		public String getWebsite() {
			return this.website;
		}

		public void setWebsite(String website) {
			this.website = (website != null) ? website : "";
		}

		public String getNoteId() {
			return this.noteId;
		}

		public void setNoteId(String noteId) {
			this.noteId = (noteId != null) ? noteId : "";
		}

		public String getNoteEn() {
			return this.noteEn;
		}

		public void setNoteEn(String noteEn) {
			this.noteEn = (noteEn != null) ? noteEn : "";
		}

		public String getLastChecked() {
			return this.lastChecked;
		}

		public void setLastChecked(String lastChecked) {
			this.lastChecked = (lastChecked != null) ? lastChecked : "";
		}

		public boolean isActive() {
			return this.active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

	}

}
