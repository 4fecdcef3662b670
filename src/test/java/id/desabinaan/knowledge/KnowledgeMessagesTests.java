package id.desabinaan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.desabinaan.knowledge.regulation.RequirementApplicant;
import id.desabinaan.knowledge.regulation.RequirementApplication;

/**
 * Every message the knowledge module's regulated data and wizard can show exists in both
 * languages, including the keys built at run time (a field's label and its errors, a fee
 * component, an enum constant), which the platform's template check cannot see.
 */
class KnowledgeMessagesTests {

	private static final Path BUNDLES = Paths.get("src/main/resources/messages");

	private static final Pattern KEY_LITERAL = Pattern.compile("\"(knowledge\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\"");

	@Test
	void everyKeyTheModuleNamesExistsInIndonesianAndEnglish() throws IOException {
		Set<String> keys = new TreeSet<>(literalKeys(Paths.get("src/main/java/id/desabinaan/knowledge/regulation")));
		keys.addAll(literalKeys(Paths.get("src/main/java/id/desabinaan/knowledge/wizard")));
		for (String field : List.of("type", "under17", "married", "electronic", "validity", "sameDay")) {
			keys.add("knowledge.wizard.error." + field);
			keys.add("knowledge.wizard.question." + field);
		}
		for (String field : List.of("validFrom", "validUntil", "source", "component", "amount", "application",
				"applicant", "code", "kind", "position", "textId", "textEn", "countryCode", "countryNameId",
				"countryNameEn", "arrangement", "electronicPassportOnly", "maxStayDays", "noteId", "noteEn", "jobCode",
				"jobNameId", "jobNameEn")) {
			keys.add("knowledge.field." + field);
		}
		keys.add("knowledge.error.validFrom.required");
		keys.add("knowledge.error.validUntil.required");
		for (FeeComponent component : FeeComponent.values()) {
			keys.add("knowledge.fee." + component);
		}
		for (PassportApplicationType type : PassportApplicationType.values()) {
			keys.add("knowledge.wizard.type." + type);
		}
		for (RequirementApplication application : RequirementApplication.values()) {
			keys.add("knowledge.requirement.application." + application);
		}
		for (RequirementApplicant applicant : RequirementApplicant.values()) {
			keys.add("knowledge.requirement.applicant." + applicant);
		}
		for (RequirementKind kind : RequirementKind.values()) {
			keys.add("knowledge.requirement.kind." + kind);
		}
		for (VisaArrangement arrangement : VisaArrangement.values()) {
			keys.add("knowledge.visa." + arrangement);
		}
		for (String slug : List.of("tarif", "syarat", "bebas-visa", "larangan-penempatan")) {
			for (String part : List.of("nav", "title", "lead", "back")) {
				keys.add("knowledge.regulation." + slug + "." + part);
			}
		}

		Properties indonesian = load("knowledge.properties");
		Properties english = load("knowledge_en.properties");
		List<String> missing = new ArrayList<>();
		for (String key : keys) {
			if (!indonesian.containsKey(key)) {
				missing.add(key + " (Indonesian)");
			}
			if (!english.containsKey(key)) {
				missing.add(key + " (English)");
			}
		}
		assertThat(keys).hasSizeGreaterThan(100);
		assertThat(missing).isEmpty();
	}

	private static Set<String> literalKeys(Path sources) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher literal = KEY_LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					keys.add(literal.group(1));
				}
			}
		}
		return keys;
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle))) {
			properties.load(in);
		}
		return properties;
	}

}
