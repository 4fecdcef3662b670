package id.desabinaan.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the shared layout needs on every page: the current path (for the language switch)
 * and whether someone is signed in.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	/**
	 * The path of this page for the language switch; a GET keeps its query (a search
	 * stays on screen when the language changes), without any earlier {@code lang}
	 * parameter.
	 */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		if (query == null || !"GET".equals(request.getMethod())) {
			return path;
		}
		String kept = Arrays.stream(query.split("&"))
			.filter((parameter) -> !parameter.equals("lang") && !parameter.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? path : path + "?" + kept;
	}

	@ModelAttribute("signedInAs")
	String signedInAs() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return auth.getName();
	}

}
