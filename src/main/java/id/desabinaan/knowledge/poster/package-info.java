/**
 * Posters and leaflets: the PDF renderer behind
 * {@link id.desabinaan.knowledge.PosterRenderer} and the public poster pages
 * ({@code /poster/...}).
 */
package id.desabinaan.knowledge.poster;
