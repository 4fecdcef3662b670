/**
 * Knowledge for residents: articles, regulated data (fees, requirements, visa
 * facilitation, placement bans, warning signs), the requirements wizard, the job-offer
 * check, search and posters.
 */
package id.desabinaan.knowledge;
