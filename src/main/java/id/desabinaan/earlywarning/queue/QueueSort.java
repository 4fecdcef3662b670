package id.desabinaan.earlywarning.queue;

/** How the queue is ordered. */
enum QueueSort {

	/** Highest risk first, then the most overdue (the default). */
	RISK,
	/** Most overdue first, then the highest risk. */
	OVERDUE,
	/** Most recently received first. */
	NEWEST,
	/** Longest waiting first. */
	OLDEST,
	/** Best match of the search words first (only with a search). */
	RELEVANCE

}
