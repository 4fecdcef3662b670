/**
 * The report queue and what surrounds it: the queue of reports a reader may see with
 * filters, risk-and-overdue order and full-text search ({@code /app/laporan}, JSON under
 * {@code /api/v1/reports}), the access log of a report, the verification of report trails
 * (pages and the {@code --verify-report-trail} command), the weekly returns of partner
 * villages and the list of silent villages.
 */
package id.desabinaan.earlywarning.queue;
