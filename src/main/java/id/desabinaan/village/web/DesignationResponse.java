package id.desabinaan.village.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.desabinaan.village.internal.DesignationView;

/**
 * One decreed designation of a village as the public API shows it: what the certificate
 * and the public page show, and when its state changed (in the office's time zone), never
 * who changed it or why.
 *
 * @param regionCode the desa/kelurahan code
 * @param officeCode the designating Kanim's code
 * @param officeName the designating Kanim's name
 * @param state DESIGNATED, SUSPENDED or ENDED
 * @param decreeNumber SK number
 * @param decreeDate SK date
 * @param signingOfficial who signed the SK
 * @param ceremonyDate date of the ceremony
 * @param ceremonyPlace place of the ceremony
 * @param closingDate date of the suspension or end, if any
 * @param timeZone the office's time zone (WIB, WITA or WIT)
 * @param history state changes, oldest first
 */
record DesignationResponse(String regionCode, String officeCode, String officeName, String state, String decreeNumber,
		LocalDate decreeDate, String signingOfficial, LocalDate ceremonyDate, String ceremonyPlace,
		LocalDate closingDate, String timeZone, List<Change> history) {

	static DesignationResponse of(DesignationView view) {
		return new DesignationResponse(view.villageCode(), view.officeCode(), view.officeName(), view.state().name(),
				view.decreeNumber(), view.decreeDate(), view.signingOfficial(), view.ceremonyDate(),
				view.ceremonyPlace(), view.closingDate(), view.zoneLabel(),
				view.history()
					.stream()
					.map((entry) -> new Change(view.local(entry.at()).toOffsetDateTime(),
							(entry.from() != null) ? entry.from().name() : null, entry.to().name()))
					.toList());
	}

	/**
	 * A state change.
	 *
	 * @param at when, with the office's UTC offset
	 * @param from the state before, {@code null} for the proposal
	 * @param to the state after
	 */
	record Change(OffsetDateTime at, String from, String to) {
	}

}
