package id.desabinaan.knowledge.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import id.desabinaan.knowledge.ArticleDirectory.Source;

/**
 * One article shipped as Markdown files: {@code <slug>.id.md} holds the front matter
 * (slug, revision, topic, audience, sources, valid-from, last-checked, reviewer, and for
 * local content the office code) with the Indonesian title, summary and body;
 * {@code <slug>.en.md} holds the English title and summary in its front matter and the
 * English body.
 *
 * @param slug the article's address part
 * @param revision raised by a release that changes the content
 * @param officeCode the Kanim of a local article, {@code null} for national content
 * @param reviewer who checked the content, shown on the page
 * @param content the content of both languages
 */
record StarterFile(String slug, int revision, String officeCode, String reviewer, ArticleContent content) {

	/**
	 * Every article of a classpath folder, e.g.
	 * {@code classpath:data/knowledge/articles/}.
	 */
	static List<StarterFile> readAll(String location) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<StarterFile> files = new ArrayList<>();
		try {
			for (Resource indonesian : resolver.getResources(location + "*.id.md")) {
				String name = indonesian.getFilename();
				Resource english = indonesian.createRelative(name.replace(".id.md", ".en.md"));
				files.add(parse(read(indonesian), read(english), name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read starter articles from " + location, ex);
		}
		return files;
	}

	/** An article from the text of its two files. */
	@SuppressWarnings("unchecked")
	static StarterFile parse(String indonesian, String english, String name) {
		Part id = Part.of(indonesian, name);
		Part en = Part.of(english, name.replace(".id.md", ".en.md"));
		Map<String, Object> meta = id.meta();
		List<Source> sources = new ArrayList<>();
		for (Object entry : (List<Object>) meta.getOrDefault("sources", List.of())) {
			Map<String, Object> source = (Map<String, Object>) entry;
			sources.add(new Source(String.valueOf(source.get("title")),
					(source.get("url") != null) ? String.valueOf(source.get("url")) : null));
		}
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		((List<Object>) meta.getOrDefault("audience", List.of()))
			.forEach((audience) -> audiences.add(Audience.valueOf(String.valueOf(audience))));
		ArticleContent content = new ArticleContent(Topic.valueOf(String.valueOf(meta.get("topic"))), audiences,
				sources, date(meta.get("valid-from"), name), date(meta.get("last-checked"), name), text(meta, "title"),
				text(meta, "summary"), id.body(), text(en.meta(), "title"), text(en.meta(), "summary"), en.body());
		Object revision = meta.getOrDefault("revision", 1);
		return new StarterFile(text(meta, "slug"), Integer.parseInt(String.valueOf(revision)),
				(meta.get("office") != null) ? String.valueOf(meta.get("office")) : null, text(meta, "reviewer"),
				content);
	}

	private static String text(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		return (value != null) ? String.valueOf(value).strip() : "";
	}

	private static LocalDate date(Object value, String name) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		if (value == null) {
			throw new IllegalStateException(name + ": valid-from and last-checked are required");
		}
		return LocalDate.parse(String.valueOf(value));
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Front matter and body of one file. */
	private record Part(Map<String, Object> meta, String body) {

		static Part of(String text, String name) {
			String normalized = text.replace("\r\n", "\n");
			if (!normalized.startsWith("---\n")) {
				throw new IllegalStateException(name + " must start with front matter (---)");
			}
			int end = normalized.indexOf("\n---\n", 4);
			if (end < 0) {
				throw new IllegalStateException(name + ": front matter is not closed (---)");
			}
			Map<String, Object> meta = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(normalized.substring(4, end));
			return new Part((meta != null) ? meta : Map.of(), normalized.substring(end + 5).strip());
		}

	}

}
