package id.desabinaan.knowledge.article;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * A place residents turn to for help: a hotline, a website, an office. Shown by articles
 * through the {@code {{kontak-bantuan}}} placeholder; edited by national editors;
 * retired, never deleted.
 */
@Entity
@Table(name = "help_contact")
public class HelpContact extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private int position;

	private String nameId;

	private String nameEn;

	private String phone;

	private String website;

	private String noteId;

	private String noteEn;

	private LocalDate lastChecked;

	private boolean active = true;

	protected HelpContact() {
	}

	HelpContact(String code, HelpContactData data) {
		this.code = code;
		update(data);
	}

	void update(HelpContactData data) {
		this.position = data.position();
		this.nameId = data.nameId();
		this.nameEn = data.nameEn();
		this.phone = data.phone();
		this.website = data.website();
		this.noteId = data.noteId();
		this.noteEn = data.noteEn();
		this.lastChecked = data.lastChecked();
		this.active = data.active();
	}

	public HelpContactData data() {
		return new HelpContactData(this.position, this.nameId, this.nameEn, this.phone, this.website, this.noteId,
				this.noteEn, this.lastChecked, this.active);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String name(String language) {
		return "en".equals(language) ? this.nameEn : this.nameId;
	}

	public String note(String language) {
		return "en".equals(language) ? this.noteEn : this.noteId;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getWebsite() {
		return this.website;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

	public LocalDate getLastChecked() {
		return this.lastChecked;
	}

}
