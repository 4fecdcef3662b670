package id.desabinaan.village.web;

import id.desabinaan.village.internal.CriterionView;

/** A selection criterion: code (new ones only), names and sort order. */
public class CriterionForm {

	private String code;

	private String nameId;

	private String nameEn;

	private String position;

	static CriterionForm of(CriterionView criterion) {
		CriterionForm form = new CriterionForm();
		form.code = criterion.code();
		form.nameId = criterion.nameId();
		form.nameEn = criterion.nameEn();
		form.position = String.valueOf(criterion.position());
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameId() {
		return this.nameId;
	}

	public void setNameId(String nameId) {
		this.nameId = nameId;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
