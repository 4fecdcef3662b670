package id.desabinaan.outreach.quiz;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The question bank. */
interface QuizQuestions extends JpaRepository<QuizQuestion, Long> {

	List<QuizQuestion> findByActiveTrue();

	Optional<QuizQuestion> findByCode(String code);

}
