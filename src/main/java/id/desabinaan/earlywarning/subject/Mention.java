package id.desabinaan.earlywarning.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.ReportField;
import id.desabinaan.earlywarning.report.Report;

/**
 * A subject as one report names it: its kind and normalised key, how to show it, the
 * field it was found in and how it was written there.
 *
 * @param kind the subject's kind
 * @param key the normalised key (folded name, E.164, platform:handle, agency words,
 * printed plate)
 * @param display the value to show for a new subject
 * @param fieldKey the report field ({@link ReportField#key()}) or
 * {@link ReportSubjectLink#DESCRIPTION}
 * @param writtenAs the text as the reporter wrote it
 */
record Mention(SubjectKind kind, String key, String display, String fieldKey, String writtenAs) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern LINES = Pattern.compile("\\R|;");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern ACCOUNT_LINK = Pattern.compile(
			"(?i)(?:https?://)?(?:www\\.)?(?:instagram\\.com|facebook\\.com|fb\\.com|tiktok\\.com|t\\.me|twitter\\.com|x\\.com)/[^\\s,;)]+");

	private static final int MAX = 300;

	/** The subjects a report names in its structured fields (and description). */
	static List<Mention> of(Report report, boolean scanDescription) {
		List<Mention> mentions = new ArrayList<>();
		JsonNode details = details(report.getDetailsJson());
		for (ReportField field : ReportField.values()) {
			JsonNode value = details.get(field.key());
			if (value == null || !value.isString()) {
				continue;
			}
			SubjectKind.of(field.kind()).ifPresent((kind) -> fromField(kind, field.key(), value.asString(), mentions));
		}
		if (scanDescription) {
			String description = report.getDescription();
			for (String phone : PhoneNumbers.findIn(description)) {
				add(mentions, new Mention(SubjectKind.PHONE, phone, phone, ReportSubjectLink.DESCRIPTION, phone));
			}
			var links = ACCOUNT_LINK.matcher(description);
			while (links.find()) {
				String written = links.group();
				SocialAccounts.normalise(written)
					.ifPresent((key) -> add(mentions,
							new Mention(SubjectKind.SOCIAL_ACCOUNT, key, key, ReportSubjectLink.DESCRIPTION, written)));
			}
		}
		return mentions;
	}

	private static void fromField(SubjectKind kind, String fieldKey, String text, List<Mention> mentions) {
		for (String raw : LINES.split(text)) {
			String line = clip(SPACES.matcher(raw).replaceAll(" ").trim());
			if (line.isEmpty()) {
				continue;
			}
			switch (kind) {
				case PERSON -> {
					String folded = PersonNames.fold(line);
					if (folded.length() >= 2) {
						add(mentions, new Mention(kind, clip(folded), line, fieldKey, line));
					}
				}
				case PHONE -> {
					List<String> phones = PhoneNumbers.findIn(line);
					if (phones.isEmpty()) {
						PhoneNumbers.toE164(line).ifPresent(phones::add);
					}
					phones.forEach((phone) -> add(mentions, new Mention(kind, phone, phone, fieldKey, line)));
				}
				case SOCIAL_ACCOUNT -> SocialAccounts.normalise(line)
					.ifPresent((key) -> add(mentions, new Mention(kind, clip(key), clip(key), fieldKey, line)));
				case AGENCY -> Agencies.normalise(line)
					.ifPresent((key) -> add(mentions, new Mention(kind, clip(key), line, fieldKey, line)));
				case VEHICLE -> Plates.normalise(line)
					.ifPresent((plate) -> add(mentions, new Mention(kind, plate, plate, fieldKey, line)));
			}
		}
	}

	private static void add(List<Mention> mentions, Mention mention) {
		boolean known = mentions.stream()
			.anyMatch((other) -> other.kind() == mention.kind() && other.key().equals(mention.key())
					&& other.fieldKey().equals(mention.fieldKey()));
		if (!known) {
			mentions.add(mention);
		}
	}

	private static JsonNode details(String json) {
		try {
			JsonNode node = JSON.readTree((json == null || json.isBlank()) ? "{}" : json);
			return node.isObject() ? node : JSON.createObjectNode();
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode();
		}
	}

	private static String clip(String text) {
		return (text.length() > MAX) ? text.substring(0, MAX) : text;
	}

}
