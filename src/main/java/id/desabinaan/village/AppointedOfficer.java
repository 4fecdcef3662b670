package id.desabinaan.village;

import java.time.LocalDate;

/**
 * An officer appointed to a partner village, with only what may be shown publicly.
 *
 * @param accountId the officer's account
 * @param displayName the account's display name
 * @param contact the public contact channel entered on the appointment for publication
 * (office phone or WhatsApp number in +62 form, or an e-mail address), {@code null} if
 * none was entered; never a private number taken from elsewhere
 * @param from the first day of the appointment
 * @param until the last day of the appointment, {@code null} while open
 */
public record AppointedOfficer(long accountId, String displayName, String contact, LocalDate from, LocalDate until) {
}
