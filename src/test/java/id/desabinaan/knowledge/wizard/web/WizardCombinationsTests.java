package id.desabinaan.knowledge.wizard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every combination of the wizard's answers (4 application types x under 17 x married x
 * electronic x 5/10 years x same-day = 128), asked of the wizard page and of the API over
 * real HTTP, against the shipped fee and requirement tables. The expected documents,
 * steps and fees are worked out here from the CSV files themselves, with the rules
 * written out again in this test, not by calling the application's code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class WizardCombinationsTests {

	private static final Path DATA = Paths.get("src/main/resources/data/knowledge");

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	/** One set of answers. */
	record Answers(String type, boolean under17, boolean married, boolean electronic, int validity, boolean sameDay) {

		boolean child() {
			return this.under17 && !this.married;
		}

		String query() {
			return "type=" + this.type + "&under17=" + this.under17 + "&married=" + this.married + "&electronic="
					+ this.electronic + "&validity=" + this.validity + "&sameDay=" + this.sameDay;
		}

		@Override
		public String toString() {
			return query();
		}

	}

	/** What the tables say for a set of answers. */
	record Expected(List<String> documents, List<String> steps, List<String> components, List<Long> amounts,
			long total) {
	}

	static Stream<Answers> everyCombination() {
		List<Answers> all = new ArrayList<>();
		for (String type : List.of("FIRST", "REPLACEMENT", "LOST", "DAMAGED")) {
			for (boolean under17 : List.of(false, true)) {
				for (boolean married : List.of(false, true)) {
					for (boolean electronic : List.of(false, true)) {
						for (int validity : List.of(5, 10)) {
							for (boolean sameDay : List.of(false, true)) {
								all.add(new Answers(type, under17, married, electronic, validity, sameDay));
							}
						}
					}
				}
			}
		}
		assertThat(all).hasSize(128);
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyCombination")
	void theWizardPageShowsTheDocumentsAndFeesOfTheTables(Answers answers) throws Exception {
		HttpResponse<String> response = get("/paspor/syarat?" + answers.query(), "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());

		if (answers.child() && answers.validity() == 10) {
			assertThat(page.select("#result")).isEmpty();
			assertThat(page.select("#validity-error").text()).contains("10 tahun hanya untuk pemohon berumur 17");
			return;
		}
		Expected expected = expected(answers);
		assertThat(page.select("#documents li").eachText()).isEqualTo(expected.documents());
		assertThat(page.select("#steps li").eachText()).isEqualTo(expected.steps());
		List<String> components = new ArrayList<>();
		List<String> amounts = new ArrayList<>();
		for (Element row : page.select("#fees tr[data-component]")) {
			components.add(row.attr("data-component"));
			amounts.add(row.select("td").text());
		}
		assertThat(components).isEqualTo(expected.components());
		assertThat(amounts).isEqualTo(expected.amounts().stream().map(WizardCombinationsTests::rupiah).toList());
		assertThat(page.select("#total").text()).isEqualTo(rupiah(expected.total()));
		assertThat(page.select("#any-office")).hasSize(answers.type().equals("LOST") ? 1 : 0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyCombination")
	void theApiGivesTheSameAnswer(Answers answers) throws Exception {
		HttpResponse<String> response = get("/api/v1/requirements?" + answers.query(), "application/json");
		JsonNode json = JsonMapper.builder().build().readTree(response.body());

		if (answers.child() && answers.validity() == 10) {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json.path("errors").path(0).path("field").asString()).isEqualTo("validity");
			return;
		}
		assertThat(response.statusCode()).isEqualTo(200);
		Expected expected = expected(answers);
		assertThat(texts(json.path("documents"))).isEqualTo(expected.documents());
		assertThat(texts(json.path("steps"))).isEqualTo(expected.steps());
		List<String> components = new ArrayList<>();
		List<Long> amounts = new ArrayList<>();
		for (JsonNode fee : json.path("fees")) {
			components.add(fee.path("component").asString());
			amounts.add(fee.path("amount").asLong());
		}
		assertThat(components).isEqualTo(expected.components());
		assertThat(amounts).isEqualTo(expected.amounts());
		assertThat(json.path("total").asLong()).isEqualTo(expected.total());
		assertThat(json.path("questions").path("child").asBoolean()).isEqualTo(answers.child());
	}

	// ---- the expectation, from the CSV files ----

	static Expected expected(Answers answers) throws IOException {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		Map<String, CSVRecord> fees = inForce(read("fees.csv"), today, List.of("component"));
		List<String> components = new ArrayList<>();
		String book = answers.electronic() ? "BOOK_ELECTRONIC_" : "BOOK_NON_ELECTRONIC_";
		components.add(book + answers.validity() + "Y");
		if (answers.type().equals("LOST")) {
			components.add("LOST_REPLACEMENT");
		}
		if (answers.type().equals("DAMAGED")) {
			components.add("DAMAGED_REPLACEMENT");
		}
		if (answers.sameDay()) {
			components.add("SAME_DAY_SERVICE");
		}
		List<Long> amounts = components.stream().map((c) -> Long.valueOf(fees.get(c).get("amount"))).toList();

		List<CSVRecord> rows = inForce(read("requirements.csv"), today, List.of("application", "applicant", "code"))
			.values()
			.stream()
			.filter((row) -> row.get("application").equals("ALL") || row.get("application").equals(answers.type()))
			.filter((row) -> appliesTo(row.get("applicant"), answers))
			.sorted(Comparator.comparingInt((CSVRecord row) -> Integer.parseInt(row.get("position")))
				.thenComparing((row) -> row.get("code")))
			.toList();
		return new Expected(texts(rows, "DOCUMENT"), texts(rows, "STEP"), components, amounts,
				amounts.stream().mapToLong(Long::longValue).sum());
	}

	/** The applicant column: a child is under 17 and never married. */
	static boolean appliesTo(String applicant, Answers answers) {
		boolean adult = !answers.child();
		return switch (applicant) {
			case "ANY" -> true;
			case "ADULT" -> adult;
			case "ADULT_MARRIED" -> adult && answers.married();
			case "ADULT_UNMARRIED" -> adult && !answers.married();
			case "CHILD" -> !adult;
			default -> throw new IllegalStateException("Unknown applicant " + applicant);
		};
	}

	/** Per item (the key columns), the row with the latest start on or before the day. */
	static Map<String, CSVRecord> inForce(List<CSVRecord> rows, LocalDate day, List<String> keyColumns) {
		Map<String, CSVRecord> latest = new HashMap<>();
		for (CSVRecord row : rows) {
			LocalDate from = LocalDate.parse(row.get("valid_from"));
			if (from.isAfter(day)) {
				continue;
			}
			String key = String.join("/", keyColumns.stream().map(row::get).toList());
			CSVRecord known = latest.get(key);
			if (known == null || from.isAfter(LocalDate.parse(known.get("valid_from")))) {
				latest.put(key, row);
			}
		}
		latest.values()
			.removeIf((row) -> !row.get("valid_until").isBlank()
					&& LocalDate.parse(row.get("valid_until")).isBefore(day));
		return latest;
	}

	static List<String> texts(List<CSVRecord> rows, String kind) {
		return rows.stream().filter((row) -> row.get("kind").equals(kind)).map((row) -> row.get("text_id")).toList();
	}

	static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8)) {
			return CSV.parse(reader).getRecords();
		}
	}

	static String rupiah(long amount) {
		return "Rp" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
	}

	private static List<String> texts(JsonNode list) {
		List<String> texts = new ArrayList<>();
		list.forEach((item) -> texts.add(item.path("text").asString()));
		return texts;
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
