package id.desabinaan.village.web;

import java.util.ArrayList;
import java.util.List;

/** The proposal form: the village (region picker), selection criteria and a note. */
public class ProposeForm {

	private String village;

	private String villageQuery;

	private List<String> criteria = new ArrayList<>();

	private String otherCriterion;

	private String note;

	public String getVillage() {
		return this.village;
	}

	public void setVillage(String village) {
		this.village = village;
	}

	public String getVillageQuery() {
		return this.villageQuery;
	}

	public void setVillageQuery(String villageQuery) {
		this.villageQuery = villageQuery;
	}

	public List<String> getCriteria() {
		return this.criteria;
	}

	public void setCriteria(List<String> criteria) {
		this.criteria = (criteria != null) ? criteria : new ArrayList<>();
	}

	public String getOtherCriterion() {
		return this.otherCriterion;
	}

	public void setOtherCriterion(String otherCriterion) {
		this.otherCriterion = otherCriterion;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
