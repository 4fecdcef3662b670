package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

import id.desabinaan.knowledge.VisaArrangement;
import id.desabinaan.knowledge.regulation.RegulatedData;
import id.desabinaan.knowledge.regulation.VisaFacilitationVersion;

/** The visa facilitation list: {@code /app/info/bebas-visa}. */
@Controller
@RequestMapping("/app/info/bebas-visa")
class VisaFacilitationPages extends RegulatedDataPages<VisaFacilitationVersion, VisaFacilitationForm> {

	VisaFacilitationPages(RegulatedData<VisaFacilitationVersion> data) {
		super(data, "bebas-visa");
	}

	@Override
	protected VisaFacilitationForm newForm() {
		return new VisaFacilitationForm();
	}

	@Override
	protected VisaFacilitationForm formFrom(VisaFacilitationVersion version) {
		VisaFacilitationForm form = new VisaFacilitationForm();
		CountryForms.fill(form, version.getCountry());
		form.setArrangement(version.getArrangement().name());
		form.setElectronicPassportOnly(version.isElectronicPassportOnly());
		form.setMaxStayDays((version.getMaxStayDays() != null) ? version.getMaxStayDays().toString() : null);
		form.setNoteId(version.getNoteId());
		form.setNoteEn(version.getNoteEn());
		form.setSource(version.getSourceReference());
		return form;
	}

	@Override
	protected VisaFacilitationVersion toVersion(VisaFacilitationForm form, LocalDate validFrom, LocalDate validUntil,
			BindingResult binding) {
		VisaArrangement arrangement = FormValues.choice(VisaArrangement.class, form.getArrangement(), "arrangement",
				binding);
		Integer stay = FormValues.number(form.getMaxStayDays(), "maxStayDays", false, binding);
		if (binding.hasErrors()) {
			return null;
		}
		return new VisaFacilitationVersion(CountryForms.country(form), arrangement, form.isElectronicPassportOnly(),
				stay, form.getNoteId(), form.getNoteEn(), validFrom, validUntil, form.getSource());
	}

	@Override
	protected List<String> requiredTexts() {
		return List.of("countryCode", "countryNameId", "countryNameEn", "noteId", "noteEn");
	}

	@Override
	protected String label(VisaFacilitationVersion version, Locale locale) {
		return version.getCountry().name(locale);
	}

	@Override
	protected Comparator<VisaFacilitationVersion> order() {
		return Comparator.comparing((VisaFacilitationVersion version) -> version.getCountry().nameId());
	}

	@Override
	protected void options(Model model) {
		model.addAttribute("arrangements", VisaArrangement.values());
	}

}
