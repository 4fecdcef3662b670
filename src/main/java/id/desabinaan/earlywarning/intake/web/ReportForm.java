package id.desabinaan.earlywarning.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the report forms send (public {@code /lapor} and staff {@code /app/laporan/baru}):
 * bound from the request, shown again as entered when something is wrong.
 */
public class ReportForm {

	/** The one-time key of this form: a resend of it makes no second report. */
	private String formKey;

	private String category;

	private String village;

	private String villageQuery;

	private String placeText;

	private boolean pin;

	private String latitude;

	private String longitude;

	private String description;

	private Map<String, String> details = new LinkedHashMap<>();

	private Map<String, String> indicators = new LinkedHashMap<>();

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private boolean contactConsent;

	private boolean onBehalf;

	private String channel;

	private List<MultipartFile> attachments = new ArrayList<>();

	/** Keys of attachments accepted on an earlier try of this form. */
	private List<String> kept = new ArrayList<>();

	public String getFormKey() {
		return this.formKey;
	}

	public void setFormKey(String formKey) {
		this.formKey = formKey;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

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

	public String getPlaceText() {
		return this.placeText;
	}

	public void setPlaceText(String placeText) {
		this.placeText = placeText;
	}

	public boolean isPin() {
		return this.pin;
	}

	public void setPin(boolean pin) {
		this.pin = pin;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Map<String, String> getDetails() {
		return this.details;
	}

	public void setDetails(Map<String, String> details) {
		this.details = details;
	}

	public Map<String, String> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(Map<String, String> indicators) {
		this.indicators = indicators;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isContactConsent() {
		return this.contactConsent;
	}

	public void setContactConsent(boolean contactConsent) {
		this.contactConsent = contactConsent;
	}

	public boolean isOnBehalf() {
		return this.onBehalf;
	}

	public void setOnBehalf(boolean onBehalf) {
		this.onBehalf = onBehalf;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

	public List<String> getKept() {
		return this.kept;
	}

	public void setKept(List<String> kept) {
		this.kept = kept;
	}

}
