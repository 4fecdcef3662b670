package id.desabinaan.outreach.quiz;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Quiz responses and their averages. */
interface QuizResponses extends JpaRepository<QuizResponse, Long> {

	long countByQuizId(long quizId);

	long countByQuizIdAndPhase(long quizId, QuizPhase phase);

	/** Per phase: the number of responses and their average score in percent. */
	@Query("""
			select r.phase as phase, count(r) as responses, avg(r.correct * 100.0 / r.total) as averagePercent
			from QuizResponse r where r.quizId in :quizzes group by r.phase""")
	List<PhaseFigures> figures(@Param("quizzes") Collection<Long> quizIds);

	/** One phase's figures (projection). */
	interface PhaseFigures {

		QuizPhase getPhase();

		long getResponses();

		Double getAveragePercent();

	}

}
