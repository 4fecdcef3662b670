package id.desabinaan.outreach.web;

import id.desabinaan.outreach.ReferenceItem;

/** An entry of a reference list as edited by an administrator. */
public class ReferenceForm {

	private String kind;

	private String nameId;

	private String nameEn;

	private String position = "50";

	private boolean needsText;

	private boolean active = true;

	static ReferenceForm of(ReferenceItem item) {
		ReferenceForm form = new ReferenceForm();
		form.kind = item.kind().name();
		form.nameId = item.nameId();
		form.nameEn = item.nameEn();
		form.position = Integer.toString(item.position());
		form.needsText = item.needsText();
		form.active = item.active();
		return form;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
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

	public boolean isNeedsText() {
		return this.needsText;
	}

	public void setNeedsText(boolean needsText) {
		this.needsText = needsText;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
