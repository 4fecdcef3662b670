package id.desabinaan.knowledge.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the site search, named in the mapping of {@link SearchEntry}.
 * {@code indonesian} is Lucene's {@link IndonesianAnalyzer}: lower case, Indonesian stop
 * words and the Tala stemmer with derivational affixes, so that "perdagangan",
 * "diperdagangkan" and "pedagang" are all indexed and searched as "dagang".
 * {@code english} is Lucene's {@link EnglishAnalyzer} (Porter stemmer). Referenced from
 * {@code application.yml} ({@code hibernate.search.backend.analysis.configurer});
 * Hibernate Search creates it by reflection, hence public.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	static final String INDONESIAN = "indonesian";

	static final String ENGLISH = "english";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(INDONESIAN).instance(new IndonesianAnalyzer());
		context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
	}

}
