package id.desabinaan.knowledge.regulation.web;

import id.desabinaan.knowledge.regulation.Country;

/** The country part of the visa and ban forms. */
final class CountryForms {

	private CountryForms() {
	}

	/** The country the form names; a bad code or name throws naming its field. */
	static Country country(CountryForm form) {
		return new Country(form.getCountryCode(), form.getCountryNameId(), form.getCountryNameEn());
	}

	/** Fills the country part of a form from a version's country. */
	static void fill(CountryForm form, Country country) {
		form.setCountryCode(country.code());
		form.setCountryNameId(country.nameId());
		form.setCountryNameEn(country.nameEn());
	}

}
