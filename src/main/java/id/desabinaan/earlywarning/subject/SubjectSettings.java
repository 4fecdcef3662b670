package id.desabinaan.earlywarning.subject;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How subjects are matched ({@code desabinaan.early-warning.subjects.*}).
 *
 * @param nameSimilarity the lowest word-by-word Jaro-Winkler similarity of two folded
 * names that are taken as one person (0 to 1; see {@link PersonNames})
 * @param scanDescription whether phone numbers and account links are also read from a
 * report's free description (cheap: no names are guessed from free text)
 */
@ConfigurationProperties("desabinaan.early-warning.subjects")
public record SubjectSettings(@DefaultValue("0.95") double nameSimilarity,
		@DefaultValue("true") boolean scanDescription) {

}
