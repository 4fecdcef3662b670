package id.desabinaan.platform.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whatever went wrong outside a controller (unknown address, access denied, a filter
 * error) ends here: API paths get a ProblemDetail, people get a translated page without a
 * stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		int status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		String key = ErrorPages.key(status);
		if (path.startsWith(request.getContextPath() + "/api/") || !acceptsHtml(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
					this.messages.getMessage("error." + key + ".detail", null, LocaleContextHolder.getLocale()));
			problem.setTitle(ErrorPages.title(this.messages, status));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return page(HttpStatus.valueOf(status));
	}

	static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("errorKey", ErrorPages.key(status.value()));
		return page;
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && HttpStatus.resolve(value) != null) {
			return value;
		}
		return 500;
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains("text/html") || accept.contains("*/*");
	}

}
