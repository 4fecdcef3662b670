package id.desabinaan.earlywarning.subject;

import java.time.LocalDate;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;

/**
 * A report as the subject pages list it (no text, no reporter).
 *
 * @param id the report's id (its page is {@code /app/laporan/{id}})
 * @param category what it is about
 * @param villageCode the village's code
 * @param villageName the village's name (the code when unknown)
 * @param receivedOn the day it was received
 * @param state where it stands
 * @param closingReason why it was closed, if it was
 * @param mergedInto the report it was merged into, if it was
 */
public record ReportLine(long id, ReportCategory category, String villageCode, String villageName, LocalDate receivedOn,
		ReportState state, ClosingReason closingReason, Long mergedInto) {

}
