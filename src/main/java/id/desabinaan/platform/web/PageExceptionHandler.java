package id.desabinaan.platform.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;

/**
 * Translated error pages for exceptions thrown by page controllers. Form errors are
 * handled in the controllers themselves (the form is shown again with what was entered).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound() {
		return ErrorPageController.page(HttpStatus.NOT_FOUND);
	}

	/**
	 * Input the application cannot read: a wrong type, or a multipart request beyond the
	 * server's limits (too many parts, too large).
	 */
	@ExceptionHandler({ InvalidInputException.class, MethodArgumentTypeMismatchException.class,
			MultipartException.class, InvalidParameterException.class })
	ModelAndView badRequest() {
		return ErrorPageController.page(HttpStatus.BAD_REQUEST);
	}

	/** Let Spring Security's own handling answer 401/403. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler
	ModelAndView unexpected(Exception ex) {
		log.error("Unexpected error in page request", ex);
		return ErrorPageController.page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
