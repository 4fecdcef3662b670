package id.desabinaan.outreach.quiz.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.outreach.quiz.QuizResults;
import id.desabinaan.outreach.quiz.QuizResults.PhaseResult;
import id.desabinaan.outreach.quiz.QuizService;
import id.desabinaan.outreach.quiz.QuizService.ActivityResults;
import id.desabinaan.shared.NotFoundException;

/** Public read API of the knowledge-quiz results: aggregates only, never answers. */
@RestController
@Tag(name = "Activities", description = "Outreach activities in partner villages")
class QuizApiController {

	private final QuizService quizzes;

	QuizApiController(QuizService quizzes) {
		this.quizzes = quizzes;
	}

	@GetMapping("/api/v1/activities/{id}/quiz-results")
	@Operation(summary = "Knowledge-quiz results of an activity shown publicly",
			description = "Respondents and average score (percent of the questions) before and after the material, "
					+ "and the knowledge gain in percentage points (post minus pre; null while either phase has "
					+ "no answers). Aggregates only: no answers, no respondents.")
	@ApiResponse(responseCode = "200", description = "The activity's quiz results")
	@ApiResponse(responseCode = "404", description = "No such public activity, or it has no quiz",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	QuizResultsResponse results(@Parameter(description = "The activity's id") @PathVariable long id) {
		return this.quizzes.publicResults(id)
			.map(QuizResultsResponse::of)
			.orElseThrow(() -> new NotFoundException("quiz.results.notFound", id));
	}

	/**
	 * The quiz results of an activity.
	 *
	 * @param activityId the activity
	 * @param questions the number of questions of its quiz
	 * @param pre answers before the material
	 * @param post answers after the material
	 * @param gainPercentagePoints post minus pre average, in percentage points
	 */
	@Schema(name = "QuizResults")
	record QuizResultsResponse(long activityId, int questions, PhaseResponse pre, PhaseResponse post,
			@Schema(nullable = true, example = "31.5") Double gainPercentagePoints) {

		static QuizResultsResponse of(ActivityResults results) {
			QuizResults figures = results.results();
			return new QuizResultsResponse(results.activityId(), results.questions(), PhaseResponse.of(figures.pre()),
					PhaseResponse.of(figures.post()), round(figures.gainPoints()));
		}

	}

	/**
	 * The answers of one phase.
	 *
	 * @param respondents how many answered
	 * @param averageScorePercent their average score in percent, one decimal
	 */
	@Schema(name = "QuizPhaseResults")
	record PhaseResponse(long respondents, @Schema(nullable = true, example = "48.3") Double averageScorePercent) {

		static PhaseResponse of(PhaseResult result) {
			return new PhaseResponse(result.responses(), round(result.averagePercent()));
		}

	}

	private static Double round(Double value) {
		return (value == null) ? null : Math.round(value * 10) / 10.0;
	}

}
