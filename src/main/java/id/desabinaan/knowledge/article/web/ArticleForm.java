package id.desabinaan.knowledge.article.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.BindingResult;

import id.desabinaan.knowledge.ArticleDirectory.Source;
import id.desabinaan.knowledge.article.ArticleContent;
import id.desabinaan.knowledge.article.Audience;
import id.desabinaan.knowledge.article.Topic;

/**
 * The article editing form: identity (slug and owner, only when creating) and content.
 * Sources are one per line, "title | https://address" (the address may be left out).
 */
public class ArticleForm {

	private String slug = "";

	private Long officeId;

	private String topic = "";

	private List<String> audiences = new ArrayList<>();

	private String sources = "";

	private String validFrom = "";

	private String lastChecked = "";

	private String titleId = "";

	private String summaryId = "";

	private String bodyId = "";

	private String titleEn = "";

	private String summaryEn = "";

	private String bodyEn = "";

	/** A form holding a version's content. */
	static ArticleForm of(ArticleContent content) {
		ArticleForm form = new ArticleForm();
		form.topic = (content.topic() != null) ? content.topic().name() : "";
		form.audiences = new ArrayList<>(content.audiences().stream().map(Enum::name).sorted().toList());
		StringBuilder lines = new StringBuilder();
		for (Source source : content.sources()) {
			lines.append(source.title()).append((source.url() != null) ? " | " + source.url() : "").append('\n');
		}
		form.sources = lines.toString().strip();
		form.validFrom = (content.validFrom() != null) ? content.validFrom().toString() : "";
		form.lastChecked = (content.lastChecked() != null) ? content.lastChecked().toString() : "";
		form.titleId = content.titleId();
		form.summaryId = content.summaryId();
		form.bodyId = content.bodyId();
		form.titleEn = content.titleEn();
		form.summaryEn = content.summaryEn();
		form.bodyEn = content.bodyEn();
		return form;
	}

	/** A new form, dated today. */
	static ArticleForm empty(LocalDate today) {
		ArticleForm form = new ArticleForm();
		form.validFrom = today.toString();
		form.lastChecked = today.toString();
		return form;
	}

	/** The content entered; input that cannot be read is rejected on its field. */
	ArticleContent content(BindingResult binding) {
		Topic chosenTopic = null;
		try {
			chosenTopic = this.topic.isBlank() ? null : Topic.valueOf(this.topic);
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue("topic", "article.error.topic.required", "article.error.topic.required");
		}
		Set<Audience> chosen = EnumSet.noneOf(Audience.class);
		for (String audience : this.audiences) {
			try {
				chosen.add(Audience.valueOf(audience));
			}
			catch (IllegalArgumentException ex) {
				binding.rejectValue("audiences", "article.error.audience.required", "article.error.audience.required");
			}
		}
		List<Source> parsed = new ArrayList<>();
		for (String line : this.sources.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String title = ((bar >= 0) ? line.substring(0, bar) : line).strip();
			String url = (bar >= 0) ? line.substring(bar + 1).strip() : "";
			parsed.add(new Source(title, url.isEmpty() ? null : url));
		}
		return new ArticleContent(chosenTopic, chosen, parsed, date(this.validFrom, "validFrom", binding),
				date(this.lastChecked, "lastChecked", binding), this.titleId, this.summaryId, this.bodyId, this.titleEn,
				this.summaryEn, this.bodyEn);
	}

	private static LocalDate date(String value, String field, BindingResult binding) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue(field, "article.error.date", "article.error.date");
			return null;
		}
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug != null) ? slug : "";
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public void setOfficeId(Long officeId) {
		this.officeId = officeId;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = (topic != null) ? topic : "";
	}

	public List<String> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = (audiences != null) ? audiences : new ArrayList<>();
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = (sources != null) ? sources : "";
	}

	public String getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(String validFrom) {
		this.validFrom = validFrom;
	}

	public String getLastChecked() {
		return this.lastChecked;
	}

	public void setLastChecked(String lastChecked) {
		this.lastChecked = lastChecked;
	}

	public String getTitleId() {
		return this.titleId;
	}

	public void setTitleId(String titleId) {
		this.titleId = titleId;
	}

	public String getSummaryId() {
		return this.summaryId;
	}

	public void setSummaryId(String summaryId) {
		this.summaryId = summaryId;
	}

	public String getBodyId() {
		return this.bodyId;
	}

	public void setBodyId(String bodyId) {
		this.bodyId = bodyId;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

}
