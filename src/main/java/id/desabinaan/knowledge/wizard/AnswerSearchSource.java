package id.desabinaan.knowledge.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportApplicationType;
import id.desabinaan.knowledge.PassportGuide;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.PassportValidity;
import id.desabinaan.knowledge.RegulatedDataChanged;
import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.knowledge.SiteSearchDocument;
import id.desabinaan.knowledge.SiteSearchSource;
import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.shared.NotFoundException;

/**
 * The wizard's answers as search documents, so that a search for "syarat paspor hilang"
 * finds the answer itself and not only articles about it: one document per application
 * type for an adult, and one for a child's first passport, each with the documents, steps
 * and fee components in force today, linking to the wizard's result for those answers.
 * Amounts are left out (they change by date, the result shows them). Read again on every
 * start, after a change of the regulated data, and each night after midnight WIB (a dated
 * requirement starts then).
 */
@Component
class AnswerSearchSource implements SiteSearchSource {

	static final String KIND = "answer";

	private final PassportGuide guide;

	private final MessageSource messages;

	private final SiteSearch search;

	AnswerSearchSource(PassportGuide guide, MessageSource messages, SiteSearch search) {
		this.guide = guide;
		this.messages = messages;
		this.search = search;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<SiteSearchDocument> documents() {
		List<PassportQuestions> answers = new ArrayList<>();
		for (PassportApplicationType type : PassportApplicationType.values()) {
			answers.add(new PassportQuestions(type, false, false, true, PassportValidity.TEN_YEARS, false));
		}
		answers.add(new PassportQuestions(PassportApplicationType.FIRST, true, false, true, PassportValidity.FIVE_YEARS,
				false));
		List<SiteSearchDocument> documents = new ArrayList<>();
		for (PassportQuestions questions : answers) {
			PassportAdvice advice;
			try {
				advice = this.guide.advise(questions, this.guide.today());
			}
			catch (NotFoundException ex) {
				// No fee in force for these answers today: nothing to promise in search.
				continue;
			}
			String key = questions.type() + (questions.child() ? "-CHILD" : "");
			for (Locale locale : SupportedLocales.ALL) {
				documents.add(new SiteSearchDocument(KIND, key, locale.getLanguage(), title(questions, locale),
						text(advice, locale),
						"/paspor/syarat?" + questions.query() + ("en".equals(locale.getLanguage()) ? "&lang=en" : ""),
						"knowledge.search.kind.answer", null));
			}
		}
		return documents;
	}

	@EventListener
	void regulatedDataChanged(RegulatedDataChanged changed) {
		this.search.refresh(KIND);
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Jakarta")
	void newDay() {
		this.search.refresh(KIND);
	}

	private String title(PassportQuestions questions, Locale locale) {
		return msg(locale, questions.child() ? "knowledge.search.answer.titleChild" : "knowledge.search.answer.title",
				msg(locale, "knowledge.wizard.type." + questions.type()));
	}

	private String text(PassportAdvice advice, Locale locale) {
		String documents = advice.documents()
			.stream()
			.map((document) -> document.text(locale))
			.collect(Collectors.joining("; "));
		String steps = advice.steps().stream().map((step) -> step.text(locale)).collect(Collectors.joining("; "));
		String fees = advice.fees()
			.stream()
			.map((fee) -> msg(locale, "knowledge.fee." + fee.component()))
			.collect(Collectors.joining("; "));
		return msg(locale, "knowledge.search.answer.text", documents, steps, fees);
	}

	private String msg(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
