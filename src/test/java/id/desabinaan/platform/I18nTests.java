package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every visible string goes through the message bundles, in both languages: Bahasa
 * Indonesia ({@code messages/<module>.properties}) and English
 * ({@code <module>_en.properties}). Reads the sources, so a new template, bundle or
 * message code is checked without registering it anywhere.
 */
class I18nTests {

	private static final Path TEMPLATES = Paths.get("src/main/resources/templates");

	private static final Path MESSAGES = Paths.get("src/main/resources/messages");

	private static final Path JAVA = Paths.get("src/main/java");

	private static final Path APPLICATION_YML = Paths.get("src/main/resources/application.yml");

	/** Attributes people read (or hear from a screen reader). */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label");

	/**
	 * Thymeleaf attributes that replace an element's body, so that its own text is only a
	 * prototype placeholder.
	 */
	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "data-th-text", "data-th-utext",
			"th:replace", "th:insert", "th:remove", "data-th-replace", "data-th-insert", "data-th-remove");

	/** Thymeleaf attributes whose value is shown to people. */
	private static final Set<String> SHOWN_TH_ATTRIBUTES = Set.of("th:text", "th:utext", "th:title", "th:alt",
			"th:placeholder", "th:aria-label", "th:label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/**
	 * Thymeleaf's inlined expressions in text: {@code [[#{key}]]} and {@code [(#{key})]}.
	 */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern PLAIN_KEY = Pattern.compile("\\s*([A-Za-z][\\w-]*(?:\\.[\\w-]+)+)\\s*(?:\\(.*)?",
			Pattern.DOTALL);

	private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+");

	/**
	 * Calls in Java whose string arguments are message codes: exceptions (our
	 * {@code NotFoundException(code, ...)} and friends), message lookups, validation
	 * errors and flash messages.
	 */
	private static final Pattern CODE_CALL = Pattern
		.compile("\\b(?:\\w*Exception|getMessage|reject|rejectValue|addFlashAttribute|problem)\\s*\\(");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern ANNOTATION_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			problems.addAll(literalText(relative(template), Files.readString(template)));
		}
		assertThat(problems).as("literal text in templates: use th:text=\"#{key}\" (or th:title, th:alt, ...)")
			.isEmpty();
	}

	@Test
	void literalTextCheckFindsWhatItShould() {
		String bad = """
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::title}, ~{::main/content()})}">
				<head><title>Beranda</title></head>
				<body><main>
				  <p>Selamat datang <span th:text="#{ok.key}">placeholder</span></p>
				  <img src="/x.png" alt="Peta desa">
				  <input name="q" placeholder="Cari desa">
				  <a href="/" aria-label="Beranda" title="Beranda">&rarr;</a>
				  <input type="submit" value="Kirim">
				  <button th:text="'Simpan'"></button>
				  <p th:text="${count} + ' orang'"></p>
				</main></body></html>
				""";
		assertThat(literalText("bad.html", bad)).hasSize(9);
		String good = """
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::title}, ~{::main/content()})}">
				<head><title th:text="#{x.title}">Prototype title</title></head>
				<body><main>
				  <p>[[#{x.inline}]] &middot; 42</p>
				  <img th:src="@{/x.png}" th:alt="#{x.alt}">
				  <input name="q" th:placeholder="#{x.placeholder}" value="33.07">
				  <div th:replace="~{region/picker :: picker}">Prototype picker</div>
				  <p th:text="#{'error.' + ${key} + '.title'}"></p>
				  <p th:text="${count} ?: '-'"></p>
				  <button type="submit" th:text="#{x.save}"></button>
				</main></body></html>
				""";
		assertThat(literalText("good.html", good)).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
		Bundles bundles = Bundles.load();
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String source = Files.readString(template);
			for (String expression : messageExpressions(source)) {
				Matcher plain = PLAIN_KEY.matcher(expression);
				if (plain.matches()) {
					problems.addAll(bundles.missing(plain.group(1), relative(template)));
				}
				else if (expression.contains("'")) {
					problems.addAll(bundles.missingPattern(expression, relative(template)));
				}
			}
		}
		assertThat(problems).as("message keys used in templates but missing in a bundle").isEmpty();
	}

	@Test
	void everyMessageCodeInJavaExistsInBothLanguages() throws IOException {
		Bundles bundles = Bundles.load();
		Set<String> namespaces = bundles.namespaces();
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				for (String code : messageCodes(Files.readString(file), namespaces)) {
					problems.addAll(bundles.missing(code, JAVA.relativize(file).toString()));
				}
			}
		}
		assertThat(problems).as("message codes used in Java but missing in a bundle").isEmpty();
	}

	@Test
	void messageCodeCheckFindsCodesInJava() {
		String source = """
				class Sample {
					// throw new NotFoundException("region.commentedOut");
					void find(String code) {
						throw new NotFoundException("region.notFound", code);
					}
					void check(String field) {
						throw new InvalidInputException(field, "office.area.invalid", "a/*b");
					}
					@NotBlank(message = "{account.name.required}")
					String name;
					String view() {
						redirect.addFlashAttribute("flash", "office.saved");
						return "office/list";
					}
					void other() {
						log.info("region.imported {}", 3);
						throw new IllegalStateException("Unexpected: " + "spring.datasource.url");
					}
				}
				""";
		assertThat(messageCodes(source, Set.of("region", "office", "account"))).containsExactly("region.notFound",
				"office.area.invalid", "office.saved", "account.name.required");
	}

	/**
	 * Message codes in a Java source: string literals shaped like keys of a known
	 * namespace passed to exceptions, message lookups, validation errors and flash
	 * messages, and {@code message = "{key}"} in constraint annotations.
	 */
	static Set<String> messageCodes(String javaSource, Set<String> namespaces) {
		String source = withoutComments(javaSource);
		Set<String> codes = new LinkedHashSet<>();
		Matcher call = CODE_CALL.matcher(source);
		while (call.find()) {
			String arguments = balancedArguments(source, call.end());
			Matcher literal = STRING_LITERAL.matcher(arguments);
			while (literal.find()) {
				String value = literal.group(1);
				if (KEY_SHAPE.matcher(value).matches() && namespaces.contains(value.split("\\.")[0])) {
					codes.add(value);
				}
			}
		}
		Matcher annotation = ANNOTATION_MESSAGE.matcher(source);
		while (annotation.find()) {
			codes.add(annotation.group(1));
		}
		return codes;
	}

	@Test
	void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Map<String, String> differences = new TreeMap<>();
		for (Path indonesian : indonesianBundles()) {
			Path english = englishOf(indonesian);
			if (!Files.exists(english)) {
				differences.put(english.getFileName().toString(), "file missing");
				continue;
			}
			Set<String> idKeys = load(indonesian).stringPropertyNames();
			Set<String> enKeys = load(english).stringPropertyNames();
			Set<String> onlyId = new TreeSet<>(idKeys);
			onlyId.removeAll(enKeys);
			Set<String> onlyEn = new TreeSet<>(enKeys);
			onlyEn.removeAll(idKeys);
			if (!onlyId.isEmpty()) {
				differences.put(english.getFileName() + " lacks", onlyId.toString());
			}
			if (!onlyEn.isEmpty()) {
				differences.put(indonesian.getFileName() + " lacks", onlyEn.toString());
			}
		}
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.filter((f) -> f.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
				.filter((f) -> !Files.exists(indonesianOf(f)))
				.forEach((f) -> differences.put(f.getFileName().toString(), "has no Indonesian bundle"));
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, List<String>> owners = new TreeMap<>();
		for (Path bundle : indonesianBundles()) {
			for (String key : load(bundle).stringPropertyNames()) {
				owners.computeIfAbsent(key, (k) -> new ArrayList<>()).add(bundle.getFileName().toString());
			}
		}
		owners.values().removeIf((files) -> files.size() < 2);
		assertThat(owners).as("keys defined in more than one bundle (the first registered one silently wins)")
			.isEmpty();
	}

	@Test
	void everyBundleIsRegisteredInApplicationYml() throws IOException {
		String yml = Files.readString(APPLICATION_YML);
		Matcher basename = Pattern.compile("(?m)^\\s*basename:\\s*(.+)$").matcher(yml);
		assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
		Set<String> registered = new TreeSet<>();
		for (String name : basename.group(1).split(",")) {
			registered.add(name.trim());
		}
		Set<String> bundles = new TreeSet<>();
		for (Path bundle : indonesianBundles()) {
			bundles.add("messages/" + bundle.getFileName().toString().replace(".properties", ""));
		}
		assertThat(registered).containsAll(bundles);
	}

	@Test
	void bundlesAreAsciiWithUnicodeEscapes() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.filter((f) -> f.toString().endsWith(".properties")).sorted().toList()) {
				List<String> lines = Files.readAllLines(bundle, StandardCharsets.ISO_8859_1);
				for (int i = 0; i < lines.size(); i++) {
					if (!lines.get(i).chars().allMatch((c) -> c < 128)) {
						problems.add(bundle.getFileName() + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(problems).as("write non-ASCII characters as \\uXXXX").isEmpty();
	}

	/**
	 * Messages with arguments go through {@link java.text.MessageFormat}, where a single
	 * apostrophe starts a quoted section and silently swallows text: write it twice.
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.filter((f) -> f.toString().endsWith(".properties")).sorted().toList()) {
				Properties messages = load(bundle);
				for (String key : new TreeSet<>(messages.stringPropertyNames())) {
					String value = messages.getProperty(key);
					if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
						problems.add(bundle.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	static List<String> literalText(String name, String html) {
		List<String> problems = new ArrayList<>();
		Document document = Jsoup.parse(html, "", Parser.htmlParser());
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					checkText(name, text, problems);
				}
				else if (node instanceof Element element) {
					checkAttributes(name, element, problems);
				}
			}
		}, document);
		return problems;
	}

	private static void checkText(String template, TextNode text, List<String> problems) {
		String value = INLINED.matcher(text.getWholeText()).replaceAll(" ");
		if (!LETTER.matcher(value).find()) {
			return;
		}
		Element parent = (Element) text.parent();
		if (parent == null || parent.normalName().equals("script") || parent.normalName().equals("style")) {
			return;
		}
		for (Element element = parent; element != null; element = element.parent()) {
			if (!element.normalName().equals("html") && hasAny(element, BODY_REPLACING)) {
				return;
			}
		}
		problems.add(template + ": text \"" + value.strip() + "\" in <" + parent.tagName() + ">");
	}

	private static void checkAttributes(String template, Element element, List<String> problems) {
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase();
			String value = attribute.getValue();
			boolean shownPlain = TEXT_ATTRIBUTES.contains(name)
					|| (name.equals("value") && isButton(element) && !element.hasAttr("th:value"));
			if (shownPlain && LETTER.matcher(value).find()) {
				problems.add(template + ": attribute " + name + "=\"" + value + "\" on <" + element.tagName() + ">");
			}
			boolean shownExpression = SHOWN_TH_ATTRIBUTES.contains(name)
					|| (name.equals("th:value") && isButton(element));
			if (shownExpression && hasLiteralWords(value)) {
				problems
					.add(template + ": literal words in " + name + "=\"" + value + "\" on <" + element.tagName() + ">");
			}
		}
	}

	private static boolean isButton(Element element) {
		String type = element.attr("type").toLowerCase();
		return element.normalName().equals("button")
				|| (element.normalName().equals("input") && Set.of("submit", "button", "reset").contains(type));
	}

	private static boolean hasAny(Element element, Set<String> attributes) {
		for (Attribute attribute : element.attributes()) {
			if (attributes.contains(attribute.getKey().toLowerCase())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a Thymeleaf expression shows words of its own: a quoted literal or a
	 * {@code |literal substitution|} with two letters in a row outside any nested
	 * {@code #{}}, {@code ${}}, {@code *{}}, {@code @{}} or {@code ~{}} expression.
	 */
	static boolean hasLiteralWords(String expression) {
		String outside = withoutNestedExpressions(expression);
		Matcher literal = Pattern.compile("'([^']*)'|\\|([^|]*)\\|").matcher(outside);
		while (literal.find()) {
			String words = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			if (Pattern.compile("\\p{L}\\p{L}").matcher(words).find()) {
				return true;
			}
		}
		return false;
	}

	private static String withoutNestedExpressions(String expression) {
		StringBuilder outside = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			boolean opens = i + 1 < expression.length() && "#$*@~".indexOf(c) >= 0 && expression.charAt(i + 1) == '{';
			if (opens) {
				depth++;
				i++;
				outside.append(' ');
			}
			else if (depth > 0 && c == '{') {
				depth++;
			}
			else if (depth > 0 && c == '}') {
				depth--;
			}
			else if (depth == 0) {
				outside.append(c);
			}
		}
		return outside.toString();
	}

	/** The insides of every {@code #{...}} in a template, nested braces included. */
	static List<String> messageExpressions(String source) {
		List<String> expressions = new ArrayList<>();
		int from = 0;
		while ((from = source.indexOf("#{", from)) >= 0) {
			int depth = 1;
			int i = from + 2;
			while (i < source.length() && depth > 0) {
				char c = source.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}') {
					depth--;
				}
				i++;
			}
			if (depth == 0) {
				expressions.add(source.substring(from + 2, i - 1));
			}
			from = i;
		}
		return expressions;
	}

	private static String balancedArguments(String source, int start) {
		int depth = 1;
		boolean inString = false;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return source.substring(start, i);
			}
		}
		return source.substring(start);
	}

	/**
	 * Java source without comments; string and character literals are kept as they are.
	 */
	static String withoutComments(String source) {
		StringBuilder code = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			char next = (i + 1 < source.length()) ? source.charAt(i + 1) : 0;
			if (c == '/' && next == '/') {
				while (i < source.length() && source.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '/' && next == '*') {
				int end = source.indexOf("*/", i + 2);
				i = (end < 0) ? source.length() : end + 2;
				code.append(' ');
			}
			else if (c == '"' || c == '\'') {
				int start = i++;
				while (i < source.length() && source.charAt(i) != c) {
					i += (source.charAt(i) == '\\') ? 2 : 1;
				}
				i = Math.min(i + 1, source.length());
				code.append(source, start, i);
			}
			else {
				code.append(c);
				i++;
			}
		}
		return code.toString();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static String relative(Path template) {
		return TEMPLATES.relativize(template).toString();
	}

	private static List<Path> indonesianBundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter((f) -> f.getFileName().toString().matches("[^_]+\\.properties")).sorted().toList();
		}
	}

	private static Path englishOf(Path indonesian) {
		return indonesian.resolveSibling(indonesian.getFileName().toString().replace(".properties", "_en.properties"));
	}

	private static Path indonesianOf(Path translation) {
		return translation.resolveSibling(
				translation.getFileName().toString().replaceFirst("_[a-z]{2}\\.properties$", ".properties"));
	}

	private static Properties load(Path bundle) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/** All keys of all Indonesian bundles, and all keys of all English bundles. */
	private record Bundles(Set<String> indonesian, Set<String> english) {

		static Bundles load() throws IOException {
			Set<String> id = new TreeSet<>();
			Set<String> en = new TreeSet<>();
			for (Path bundle : indonesianBundles()) {
				id.addAll(I18nTests.load(bundle).stringPropertyNames());
				Path english = englishOf(bundle);
				if (Files.exists(english)) {
					en.addAll(I18nTests.load(english).stringPropertyNames());
				}
			}
			return new Bundles(id, en);
		}

		Set<String> namespaces() {
			Set<String> namespaces = new TreeSet<>();
			this.indonesian.forEach((key) -> namespaces.add(key.split("\\.")[0]));
			return namespaces;
		}

		List<String> missing(String key, String where) {
			List<String> problems = new ArrayList<>();
			if (!this.indonesian.contains(key)) {
				problems.add(where + ": " + key + " (Indonesian)");
			}
			if (!this.english.contains(key)) {
				problems.add(where + ": " + key + " (English)");
			}
			return problems;
		}

		/**
		 * A key built at run time, such as {@code 'error.' + ${errorKey} + '.title'}: at
		 * least one key in each language must fit the literal parts.
		 */
		List<String> missingPattern(String expression, String where) {
			StringBuilder regex = new StringBuilder();
			Matcher part = Pattern.compile("'([^']*)'|\\$\\{[^}]*}|\\+|\\s+").matcher(expression);
			int end = 0;
			while (part.find()) {
				if (part.start() != end) {
					return List.of();
				}
				if (part.group(1) != null) {
					regex.append(Pattern.quote(part.group(1)));
				}
				else if (part.group().startsWith("$")) {
					regex.append("[^.]+");
				}
				end = part.end();
			}
			if (end != expression.length() || regex.isEmpty()) {
				return List.of();
			}
			Pattern keys = Pattern.compile(regex.toString());
			List<String> problems = new ArrayList<>();
			if (this.indonesian.stream().noneMatch((key) -> keys.matcher(key).matches())) {
				problems.add(where + ": no key fits #{" + expression + "} (Indonesian)");
			}
			if (this.english.stream().noneMatch((key) -> keys.matcher(key).matches())) {
				problems.add(where + ": no key fits #{" + expression + "} (English)");
			}
			return problems;
		}

	}

}
