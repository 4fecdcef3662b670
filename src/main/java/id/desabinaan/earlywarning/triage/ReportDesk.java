package id.desabinaan.earlywarning.triage;

/**
 * The figures of the report box on the staff home.
 *
 * @param overdue open reports past their service clock, within the user's reach
 * @param escalated how many of them were escalated to the office head
 * @param head whether the user is the office head (they were escalated to him)
 */
public record ReportDesk(int overdue, int escalated, boolean head) {

}
