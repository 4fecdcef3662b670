/**
 * Knowledge-base articles: Markdown in Bahasa Indonesia and English, rendered safely;
 * versions through draft, review and publication by editors (no self-review); national
 * and local (one Kanim's area) content; starter content shipped with the platform; help
 * contacts as editable data; public pages, API and search documents.
 */
package id.desabinaan.knowledge.article;
