/**
 * Site search: Hibernate Search on Lucene over one table of search entries, filled from
 * every {@link id.desabinaan.knowledge.SiteSearchSource} (articles, offices, and whatever
 * other modules add), with Indonesian stemming, one-typo tolerance and highlighted
 * snippets.
 */
package id.desabinaan.knowledge.search;
