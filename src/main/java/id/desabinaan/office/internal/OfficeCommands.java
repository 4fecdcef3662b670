package id.desabinaan.office.internal;

import java.util.List;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.office.internal.Office.Kanim;

/**
 * What an administrator asks the office service to do; the web layer builds these from
 * its forms.
 */
public final class OfficeCommands {

	private OfficeCommands() {
	}

	/**
	 * Register a new office.
	 *
	 * @param code stable short code, upper case
	 * @param name full name
	 * @param level level in the hierarchy
	 * @param parentId the office above ({@code null} only for the directorate)
	 * @param kanim class and TPI status (Kanim only)
	 * @param timeZone IANA zone
	 * @param contact address, phone, e-mail
	 * @param locationRegencyCode where a UKK sits
	 * @param workingArea kabupaten/kota codes a Kanim serves
	 */
	public record Create(String code, String name, OfficeLevel level, Long parentId, Kanim kanim, String timeZone,
			Contact contact, String locationRegencyCode, List<String> workingArea) {
	}

	/**
	 * Change an office: everything but its code and level.
	 *
	 * @param name full name
	 * @param parentId the office above
	 * @param kanim class and TPI status (Kanim only)
	 * @param timeZone IANA zone
	 * @param contact address, phone, e-mail
	 * @param locationRegencyCode where a UKK sits
	 * @param workingArea kabupaten/kota codes a Kanim serves (ignored for other levels
	 * when empty)
	 */
	public record Change(String name, Long parentId, Kanim kanim, String timeZone, Contact contact,
			String locationRegencyCode, List<String> workingArea) {
	}

}
