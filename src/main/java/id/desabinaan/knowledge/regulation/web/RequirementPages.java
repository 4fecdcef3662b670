package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.regulation.RegulatedData;
import id.desabinaan.knowledge.regulation.RequirementApplicant;
import id.desabinaan.knowledge.regulation.RequirementApplication;
import id.desabinaan.knowledge.regulation.RequirementVersion;

/** Document requirements per application type: {@code /app/info/syarat}. */
@Controller
@RequestMapping("/app/info/syarat")
class RequirementPages extends RegulatedDataPages<RequirementVersion, RequirementForm> {

	RequirementPages(RegulatedData<RequirementVersion> data) {
		super(data, "syarat");
	}

	@Override
	protected RequirementForm newForm() {
		return new RequirementForm();
	}

	@Override
	protected RequirementForm formFrom(RequirementVersion version) {
		RequirementForm form = new RequirementForm();
		form.setApplication(version.getApplication().name());
		form.setApplicant(version.getApplicant().name());
		form.setCode(version.getCode());
		form.setKind(version.getKind().name());
		form.setPosition(Integer.toString(version.getPosition()));
		form.setTextId(version.getTextId());
		form.setTextEn(version.getTextEn());
		form.setSource(version.getSourceReference());
		return form;
	}

	@Override
	protected RequirementVersion toVersion(RequirementForm form, LocalDate validFrom, LocalDate validUntil,
			BindingResult binding) {
		RequirementApplication application = FormValues.choice(RequirementApplication.class, form.getApplication(),
				"application", binding);
		RequirementApplicant applicant = FormValues.choice(RequirementApplicant.class, form.getApplicant(), "applicant",
				binding);
		RequirementKind kind = FormValues.choice(RequirementKind.class, form.getKind(), "kind", binding);
		Integer position = FormValues.number(form.getPosition(), "position", true, binding);
		if (binding.hasErrors()) {
			return null;
		}
		String code = (form.getCode() != null) ? form.getCode().strip().toUpperCase(Locale.ROOT) : null;
		return new RequirementVersion(application, applicant, code, kind, position, form.getTextId(), form.getTextEn(),
				validFrom, validUntil, form.getSource());
	}

	@Override
	protected List<String> requiredTexts() {
		return List.of("code", "textId", "textEn");
	}

	@Override
	protected String label(RequirementVersion version, Locale locale) {
		return "en".equals(locale.getLanguage()) ? version.getTextEn() : version.getTextId();
	}

	@Override
	protected Comparator<RequirementVersion> order() {
		return Comparator.comparing(RequirementVersion::getApplication)
			.thenComparing(RequirementVersion::getApplicant)
			.thenComparingInt(RequirementVersion::getPosition)
			.thenComparing(RequirementVersion::getCode);
	}

	@Override
	protected void options(Model model) {
		model.addAttribute("applications", RequirementApplication.values());
		model.addAttribute("applicants", RequirementApplicant.values());
		model.addAttribute("kinds", RequirementKind.values());
	}

}
