package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.regulation.FeeVersion;
import id.desabinaan.knowledge.regulation.RegulatedData;

/** Passport fees: {@code /app/info/tarif}. */
@Controller
@RequestMapping("/app/info/tarif")
class FeePages extends RegulatedDataPages<FeeVersion, FeeForm> {

	private final MessageSource messages;

	FeePages(RegulatedData<FeeVersion> data, MessageSource messages) {
		super(data, "tarif");
		this.messages = messages;
	}

	@Override
	protected FeeForm newForm() {
		return new FeeForm();
	}

	@Override
	protected FeeForm formFrom(FeeVersion version) {
		FeeForm form = new FeeForm();
		form.setComponent(version.getComponent().name());
		form.setAmount(Long.toString(version.getAmount()));
		form.setSource(version.getSourceReference());
		return form;
	}

	@Override
	protected FeeVersion toVersion(FeeForm form, LocalDate validFrom, LocalDate validUntil, BindingResult binding) {
		FeeComponent component = FormValues.choice(FeeComponent.class, form.getComponent(), "component", binding);
		Long amount = FormValues.rupiah(form.getAmount(), "amount", binding);
		if (binding.hasErrors()) {
			return null;
		}
		return new FeeVersion(component, amount, validFrom, validUntil, form.getSource());
	}

	@Override
	protected List<String> requiredTexts() {
		return List.of();
	}

	@Override
	protected String label(FeeVersion version, Locale locale) {
		return this.messages.getMessage("knowledge.fee." + version.getComponent(), null, locale);
	}

	@Override
	protected Comparator<FeeVersion> order() {
		return Comparator.comparing(FeeVersion::getComponent);
	}

	@Override
	protected void options(Model model) {
		model.addAttribute("components", FeeComponent.values());
	}

}
