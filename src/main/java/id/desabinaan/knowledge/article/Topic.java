package id.desabinaan.knowledge.article;

/**
 * What an article is about; the public index groups articles by topic in this order.
 */
public enum Topic {

	/** Passports: first, child, replacement, lost or damaged, e-passport, booking. */
	PASSPORT,
	/** Working abroad the legal way: route, documents, rights and duties. */
	MIGRANT_WORK,
	/** Trafficking, smuggling and fake job offers: signs and what to do. */
	SAFETY,
	/** Foreigners in the village: the duty to report. */
	FOREIGNERS,
	/** Where to get help. */
	HELP,
	/** An office's own services: address, opening hours, service days. */
	OFFICE_SERVICES

}
