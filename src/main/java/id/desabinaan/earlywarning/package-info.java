/**
 * Early warning: reports from residents, village officials and staff (web, API, later SMS
 * and WhatsApp), the warning-sign checklist and risk, triage with guarded states,
 * referral to partner agencies, subjects linked across reports, receipts and messages for
 * anonymous reporters, weekly returns of villages, and the tamper-evident trail of every
 * report. The domain model and its trail live in {@code report}; intake, triage, subjects
 * and the queue in their own sub-packages.
 */
package id.desabinaan.earlywarning;
