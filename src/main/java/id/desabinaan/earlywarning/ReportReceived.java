package id.desabinaan.earlywarning;

/**
 * A report has been stored (published inside the intake transaction). Listen with a plain
 * synchronous {@code @EventListener}: a transactional module listener would store the
 * publication with its precise time, which an anonymous report must not leave behind.
 *
 * @param reportId the report's internal id
 */
public record ReportReceived(long reportId) {

}
