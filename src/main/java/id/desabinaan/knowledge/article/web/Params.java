package id.desabinaan.knowledge.article.web;

import java.util.Locale;

import id.desabinaan.knowledge.article.Audience;
import id.desabinaan.knowledge.article.Topic;

/** Reading topic and audience filters; an unknown value means no filter. */
final class Params {

	private Params() {
	}

	static Topic topic(String value) {
		return parse(Topic.class, value);
	}

	static Audience audience(String value) {
		return parse(Audience.class, value);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
