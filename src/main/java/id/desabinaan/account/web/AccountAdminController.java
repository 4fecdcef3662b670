package id.desabinaan.account.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountAdministration.Choices;
import id.desabinaan.account.AccountView;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Account administration pages ({@code /app/pengguna}). Only SYSTEM_ADMIN and OFFICE_HEAD
 * get here (checked before the form is even looked at); the service decides which roles
 * and scopes each may give.
 */
@Controller
@RequestMapping("/app/pengguna")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICE_HEAD')")
class AccountAdminController {

	private static final int PAGE_SIZE = 50;

	private final AccountAdministration administration;

	private final RegionPicker regionPicker;

	AccountAdminController(AccountAdministration administration, RegionPicker regionPicker) {
		this.administration = administration;
		this.regionPicker = regionPicker;
	}

	@GetMapping
	public String list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", this.administration.list(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "account/users";
	}

	@GetMapping("/baru")
	public String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		NewAccountForm form = new NewAccountForm();
		Choices choices = this.administration.choices(user);
		if (choices.offices().size() == 1) {
			form.setOfficeId(Long.toString(choices.offices().get(0).id()));
		}
		model.addAttribute("accountForm", form);
		model.addAttribute("villageChoice", RegionChoice.empty());
		return newPage(user, model);
	}

	@PostMapping("/baru")
	public String create(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("accountForm") NewAccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		RegionChoice village = readVillage(form.getRole(), form.getVillageCode(), form.getVillageCodeQuery(), binding);
		model.addAttribute("villageChoice", village);
		form.setVillageCode(village.code());
		if (!binding.hasErrors()) {
			try {
				long id = this.administration.create(user, form.toDraft());
				redirect.addFlashAttribute("flash", "account.admin.created");
				return "redirect:/app/pengguna/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return newPage(user, model);
	}

	@GetMapping("/{id}")
	public String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		AccountView account = this.administration.get(user, id);
		model.addAttribute("accountForm", EditAccountForm.from(account));
		model.addAttribute("villageChoice", this.regionPicker.of(account.scope().villageCode()));
		return editPage(user, account, model);
	}

	@PostMapping("/{id}")
	public String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("accountForm") EditAccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		AccountView account = this.administration.get(user, id);
		RegionChoice village = readVillage(form.getRole(), form.getVillageCode(), form.getVillageCodeQuery(), binding);
		model.addAttribute("villageChoice", village);
		form.setVillageCode(village.code());
		if (!binding.hasErrors()) {
			try {
				this.administration.update(user, id, form.toChange());
				redirect.addFlashAttribute("flash", "account.admin.saved");
				return "redirect:/app/pengguna/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return editPage(user, account, model);
	}

	/**
	 * Reads the village picker when the chosen role is a village official's; for other
	 * roles the typed text is kept but not judged.
	 */
	private RegionChoice readVillage(String role, String code, String query, BindingResult binding) {
		if (!Role.VILLAGE_OFFICIAL.name().equals(role)) {
			return new RegionChoice(RegionChoice.Status.EMPTY, query, null, List.of());
		}
		RegionChoice choice = this.regionPicker.resolve(code, query, RegionLevel.VILLAGE).required();
		if (!choice.isResolved()) {
			binding.rejectValue("villageCode", choice.messageCode(), new Object[] { choice.input() },
					choice.messageCode());
		}
		return choice;
	}

	private String newPage(CurrentUser user, Model model) {
		model.addAttribute("choices", this.administration.choices(user));
		return "account/user-new";
	}

	private String editPage(CurrentUser user, AccountView account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("choices", this.administration.choices(user));
		return "account/user-edit";
	}

}
