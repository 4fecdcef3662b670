package id.desabinaan.earlywarning.subject;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When two reports are proposed as duplicates
 * ({@code desabinaan.early-warning.duplicates.*}): same village and category, received at
 * most {@code windowDays} apart, and sharing a subject or with descriptions at least
 * {@code descriptionSimilarity} alike (share of words in common, 0 to 1).
 *
 * @param windowDays days between the two reports' dates
 * @param descriptionSimilarity the lowest word overlap (Jaccard) of two descriptions
 * @param maxCandidates how many earlier reports of the village are compared at most
 */
@ConfigurationProperties("desabinaan.early-warning.duplicates")
public record DuplicateSettings(@DefaultValue("14") int windowDays, @DefaultValue("0.6") double descriptionSimilarity,
		@DefaultValue("200") int maxCandidates) {

}
