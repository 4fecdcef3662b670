package id.desabinaan.village.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A designation as pages and the API show it.
 *
 * @param id internal identifier
 * @param villageCode the desa/kelurahan code
 * @param villageName the village's name
 * @param villageFullName the name with its ancestors
 * @param officeId the designating (serving) Kanim
 * @param officeCode its stable code
 * @param officeName its name
 * @param state where the designation stands
 * @param criteria selection criteria
 * @param otherCriterion text of the OTHER criterion
 * @param note remarks of the proposal
 * @param decreeNumber SK number
 * @param decreeDate SK date
 * @param signingOfficial who signed the SK
 * @param ceremonyDate date of the ceremony
 * @param ceremonyPlace place of the ceremony
 * @param guests guests of the ceremony
 * @param closingReason reason of the suspension or end
 * @param closingDate date of the suspension or end
 * @param verificationCode the certificate's verification code
 * @param history state changes, oldest first
 * @param timeZone the office's IANA time zone, in which times are shown
 */
public record DesignationView(long id, String villageCode, String villageName, String villageFullName, long officeId,
		String officeCode, String officeName, DesignationState state, List<CriterionView> criteria,
		String otherCriterion, String note, String decreeNumber, LocalDate decreeDate, String signingOfficial,
		LocalDate ceremonyDate, String ceremonyPlace, List<GuestView> guests, String closingReason,
		LocalDate closingDate, String verificationCode, List<HistoryEntry> history, String timeZone) {

	/** A moment as a date and time of the office's time zone. */
	public ZonedDateTime local(Instant at) {
		return at.atZone(ZoneId.of(this.timeZone));
	}

	/** The office's time zone as Indonesians name it: WIB, WITA or WIT. */
	public String zoneLabel() {
		return OfficeTime.label(this.timeZone);
	}

	/**
	 * A guest of the ceremony.
	 *
	 * @param name the guest's name
	 * @param institution the guest's institution
	 */
	public record GuestView(String name, String institution) {
	}

	/**
	 * One state change.
	 *
	 * @param at when
	 * @param by who
	 * @param from the state before, {@code null} for the proposal
	 * @param to the state after
	 * @param reason the reason given
	 */
	public record HistoryEntry(Instant at, String by, DesignationState from, DesignationState to, String reason) {
	}

}
