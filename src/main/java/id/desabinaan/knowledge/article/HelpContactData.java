package id.desabinaan.knowledge.article;

import java.time.LocalDate;
import java.util.regex.Pattern;

import id.desabinaan.shared.InvalidInputException;

/**
 * A help contact as an editor enters it. Field names are those of the form.
 *
 * @param position order in the list (lower first)
 * @param nameId Indonesian name
 * @param nameEn English name
 * @param phone a number to call (digits, spaces, {@code +}, {@code -}), may be empty
 * @param website an address starting with {@code https://} or a path of this site
 * ({@code /kantor}), may be empty
 * @param noteId Indonesian note (when to call, hours)
 * @param noteEn English note
 * @param lastChecked when the details were last checked
 * @param active whether articles show it
 */
public record HelpContactData(int position, String nameId, String nameEn, String phone, String website, String noteId,
		String noteEn, LocalDate lastChecked, boolean active) {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{1,30}");

	private static final Pattern WEBSITE = Pattern.compile("(https://[^\\s<>\"]+|/[a-z0-9/\\-]*)");

	public HelpContactData {
		nameId = blankToNull(nameId);
		nameEn = blankToNull(nameEn);
		phone = blankToNull(phone);
		website = blankToNull(website);
		noteId = blankToNull(noteId);
		noteEn = blankToNull(noteEn);
	}

	void check() {
		if (this.nameId == null || this.nameId.length() > 200) {
			throw new InvalidInputException("nameId", "article.error.required");
		}
		if (this.nameEn == null || this.nameEn.length() > 200) {
			throw new InvalidInputException("nameEn", "article.error.required");
		}
		if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
			throw new InvalidInputException("phone", "article.contact.error.phone");
		}
		if (this.website != null && (this.website.length() > 300 || !WEBSITE.matcher(this.website).matches())) {
			throw new InvalidInputException("website", "article.contact.error.website");
		}
		if (this.phone == null && this.website == null) {
			throw new InvalidInputException("phone", "article.contact.error.reach");
		}
		if (this.noteId != null && this.noteId.length() > 500) {
			throw new InvalidInputException("noteId", "article.error.tooLong", 500);
		}
		if (this.noteEn != null && this.noteEn.length() > 500) {
			throw new InvalidInputException("noteEn", "article.error.tooLong", 500);
		}
		if (this.lastChecked == null) {
			throw new InvalidInputException("lastChecked", "article.error.date.required");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
