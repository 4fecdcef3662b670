package id.desabinaan.outreach.participant;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a participant list, with the header names accepted for each (Indonesian
 * first, English alternatives; compared without case, spaces and punctuation). Column
 * order is free; unknown columns are ignored.
 */
public enum ParticipantColumn {

	/** Full name, required. */
	NAME(true, "nama", "nama lengkap", "nama peserta", "name", "full name"),
	/** L/P (laki-laki/perempuan) or M/F, required. */
	SEX(true, "jenis kelamin", "jk", "l/p", "kelamin", "sex", "gender", "m/f"),
	/** Age in years; this or the birth year is required. */
	AGE(false, "umur", "usia", "age"),
	/** Year of birth; this or the age is required. */
	BIRTH_YEAR(false, "tahun lahir", "thn lahir", "birth year", "year of birth"),
	/** One of the programme's target groups, required. */
	TARGET_GROUP(true, "kelompok sasaran", "sasaran", "kelompok", "kategori", "target group", "group", "category"),
	/** Mobile phone, optional. */
	PHONE(false, "telepon", "no telepon", "nomor telepon", "no hp", "nomor hp", "hp", "whatsapp", "no wa", "wa",
			"phone", "phone number", "mobile"),
	/** NIK (national identity number), optional; kept only as a keyed hash. */
	NIK(false, "nik", "no ktp", "nomor ktp", "nomor induk kependudukan", "national id", "id number");

	private final boolean required;

	private final List<String> headers;

	ParticipantColumn(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers).stream().map(ParticipantColumn::normalise).toList();
	}

	/** Whether a file must have this column (age and birth year: one of the two). */
	public boolean required() {
		return this.required;
	}

	/** Message key of the column's name. */
	public String messageKey() {
		return "participant.column." + name();
	}

	/** The header name written into the template files, in Indonesian. */
	String templateHeader() {
		return switch (this) {
			case NAME -> "Nama";
			case SEX -> "Jenis kelamin (L/P)";
			case AGE -> "Umur";
			case BIRTH_YEAR -> "Tahun lahir";
			case TARGET_GROUP -> "Kelompok sasaran";
			case PHONE -> "Telepon";
			case NIK -> "NIK";
		};
	}

	/** The column a header names, or {@code null}. */
	static ParticipantColumn forHeader(String header) {
		String key = normalise(header);
		for (ParticipantColumn column : values()) {
			if (column.headers.contains(key)) {
				return column;
			}
		}
		// "Jenis kelamin (L/P)" and the like: a known name followed by a hint
		String beforeHint = normalise(header.replaceAll("\\(.*\\)", ""));
		for (ParticipantColumn column : values()) {
			if (!beforeHint.equals(key) && column.headers.contains(beforeHint)) {
				return column;
			}
		}
		return null;
	}

	/** Lower case, no accents, letters and digits only, single spaces. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}/]+", " ").strip();
	}

}
