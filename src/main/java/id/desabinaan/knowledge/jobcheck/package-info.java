/**
 * The job-offer check for residents ({@code /cek-lowongan}) and the warning signs it
 * weighs: the signs and risk thresholds as reviewed, dated data (behind
 * {@link id.desabinaan.knowledge.WarningSigns}), their review workflow for editors, the
 * rules that read a job offer's answers into signs, and the call-back requests that are
 * the only thing the check ever stores.
 */
package id.desabinaan.knowledge.jobcheck;
