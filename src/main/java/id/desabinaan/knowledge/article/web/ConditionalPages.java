package id.desabinaan.knowledge.article.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.http.HttpServletRequest;

import id.desabinaan.knowledge.article.PublicArticles.Freshness;

/**
 * Caching headers of the public article pages: a weak ETag (the page is served gzipped,
 * and Tomcat does not compress responses with a strong one) from what the page shows (the
 * published versions, the help contacts, the language, the address with its query, and
 * this running application, whose templates could differ from the last release's) and a
 * Last-Modified from the content's latest change; {@code Cache-Control: no-cache} so that
 * browsers ask again and get a 304 when nothing changed. Signed-in pages carry a fresh
 * CSRF token each time and are never answered with 304.
 */
@Component
class ConditionalPages {

	private final String generation = UUID.randomUUID().toString();

	/**
	 * Sets the headers and answers whether the client's copy is still good (the response
	 * is then a 304 and the page need not be rendered).
	 */
	boolean notModified(ServletWebRequest request, Freshness freshness, Locale locale) {
		if (signedIn()) {
			return false;
		}
		HttpServletRequest http = request.getRequest();
		String tag = "W/\"" + hash(this.generation + "|" + freshness.tag() + "|" + locale.getLanguage() + "|"
				+ http.getRequestURI() + "?" + http.getQueryString()) + "\"";
		if (request.getResponse() != null) {
			request.getResponse().setHeader("Cache-Control", "no-cache");
			request.getResponse().setHeader("Vary", "Cookie");
		}
		Instant modified = freshness.lastModified();
		return request.checkNotModified(tag, (modified != null) ? modified.toEpochMilli() : -1);
	}

	private static boolean signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
