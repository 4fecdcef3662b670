package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

import id.desabinaan.knowledge.regulation.PlacementBanVersion;
import id.desabinaan.knowledge.regulation.RegulatedData;

/** Placement-ban destinations and jobs: {@code /app/info/larangan-penempatan}. */
@Controller
@RequestMapping("/app/info/larangan-penempatan")
class PlacementBanPages extends RegulatedDataPages<PlacementBanVersion, PlacementBanForm> {

	PlacementBanPages(RegulatedData<PlacementBanVersion> data) {
		super(data, "larangan-penempatan");
	}

	@Override
	protected PlacementBanForm newForm() {
		return new PlacementBanForm();
	}

	@Override
	protected PlacementBanForm formFrom(PlacementBanVersion version) {
		PlacementBanForm form = new PlacementBanForm();
		CountryForms.fill(form, version.getCountry());
		form.setJobCode(version.getJobCode());
		form.setJobNameId(version.getJobNameId());
		form.setJobNameEn(version.getJobNameEn());
		form.setSource(version.getSourceReference());
		return form;
	}

	@Override
	protected PlacementBanVersion toVersion(PlacementBanForm form, LocalDate validFrom, LocalDate validUntil,
			BindingResult binding) {
		if (binding.hasErrors()) {
			return null;
		}
		String job = (form.getJobCode() != null) ? form.getJobCode().strip().toUpperCase(Locale.ROOT) : null;
		return new PlacementBanVersion(CountryForms.country(form), job, form.getJobNameId(), form.getJobNameEn(),
				validFrom, validUntil, form.getSource());
	}

	@Override
	protected List<String> requiredTexts() {
		return List.of("countryCode", "countryNameId", "countryNameEn", "jobCode", "jobNameId", "jobNameEn");
	}

	@Override
	protected String label(PlacementBanVersion version, Locale locale) {
		return version.getCountry().name(locale) + ": "
				+ ("en".equals(locale.getLanguage()) ? version.getJobNameEn() : version.getJobNameId());
	}

	@Override
	protected Comparator<PlacementBanVersion> order() {
		return Comparator.comparing((PlacementBanVersion version) -> version.getCountry().nameId())
			.thenComparing(PlacementBanVersion::getJobCode);
	}

}
