package id.desabinaan.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Maps any HTTP status to one of the translated error texts (400, 403, 404, 500 and a
 * generic one).
 */
final class ErrorPages {

	private ErrorPages() {
	}

	static String key(int status) {
		return switch (status) {
			case 400, 401, 403, 404, 405, 409, 413, 429 -> String.valueOf(status);
			default -> (status >= 500) ? "500" : "400";
		};
	}

	static String title(MessageSource messages, int status) {
		return messages.getMessage("error." + key(status) + ".title", null, LocaleContextHolder.getLocale());
	}

}
