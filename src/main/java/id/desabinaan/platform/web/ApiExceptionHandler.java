package id.desabinaan.platform.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The JSON API's one error vocabulary: RFC 9457 ProblemDetail with a translated detail
 * and, for bad input, the offending field named in {@code errors}. Nothing ends as an
 * unexplained 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessageCode(), ex.getArguments());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ex.getMessageCode(), ex.getArguments());
		problem.setProperty("errors", List.of(Map.of("field", ex.getField(), "message", problem.getDetail())));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(RuleViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.getMessageCode(), ex.getArguments());
		problem.setProperty("errors", List.of(Map.of("field", ex.getField(), "message", problem.getDetail())));
		return problem;
	}

	/** Let Spring Security's own handling answer 401/403. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.detail");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((FieldError error) -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", this.messages.getMessage(error, LocaleContextHolder.getLocale()))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setTitle(title(statusCode));
			if (problem.getDetail() == null || statusCode.is5xxServerError()) {
				problem.setDetail(title(statusCode));
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale()));
		problem.setTitle(title(status));
		return problem;
	}

	private String title(HttpStatusCode status) {
		return ErrorPages.title(this.messages, status.value());
	}

}
