package id.desabinaan.knowledge.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportApplicationType;
import id.desabinaan.knowledge.PassportFee;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.PassportValidity;
import id.desabinaan.knowledge.RequiredDocument;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.VisaFacilitation;
import id.desabinaan.knowledge.regulation.RequirementEntry;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;

/**
 * The rules that turn the wizard's answers into advice, on the regulated data valid on
 * the day (the data decides the amounts and the documents; these rules only decide which
 * rows apply):
 * <ul>
 * <li>a child (under 17, never married) gets at most a 5-year passport;</li>
 * <li>fees: the passport book by electronic and validity, plus the same-day service when
 * asked, plus the lost or damaged replacement fee;</li>
 * <li>requirements: the rows of the application type and of all applications, for this
 * applicant (adult, married or not, or child), documents and steps apart, by
 * position;</li>
 * <li>a lost passport may be replaced at any immigration office.</li>
 * </ul>
 */
final class PassportRules {

	private PassportRules() {
	}

	static PassportAdvice advise(PassportQuestions questions, LocalDate date, List<PassportFee> fees,
			List<PassportFee> announced, List<RequirementEntry> requirements, List<VisaFacilitation> visas) {
		if (questions.child() && questions.validity() == PassportValidity.TEN_YEARS) {
			throw new InvalidInputException("validity", "knowledge.wizard.error.tenYearsChild");
		}
		List<FeeComponent> components = components(questions);
		Map<FeeComponent, PassportFee> byComponent = fees.stream()
			.collect(Collectors.toMap(PassportFee::component, Function.identity()));
		List<PassportFee> due = new ArrayList<>();
		for (FeeComponent component : components) {
			PassportFee fee = byComponent.get(component);
			if (fee == null) {
				throw new NotFoundException("knowledge.wizard.error.feeMissing", component.name(), date);
			}
			due.add(fee);
		}
		long total = due.stream().mapToLong(PassportFee::amount).sum();
		List<RequiredDocument> applicable = requirements.stream()
			.filter((entry) -> entry.application().covers(questions.type()))
			.filter((entry) -> entry.applicant().covers(questions))
			.map(RequirementEntry::document)
			.toList();
		List<PassportFee> later = announced.stream()
			.filter((fee) -> components.contains(fee.component()))
			.filter((fee) -> fee.validFrom().isAfter(date))
			.toList();
		return new PassportAdvice(questions, date, ofKind(applicable, RequirementKind.DOCUMENT),
				ofKind(applicable, RequirementKind.STEP), due, total, questions.type() == PassportApplicationType.LOST,
				visas, later);
	}

	/** The fee components these answers pay, in the order they are shown. */
	static List<FeeComponent> components(PassportQuestions questions) {
		List<FeeComponent> components = new ArrayList<>();
		components.add(FeeComponent.book(questions.electronic(), questions.validity()));
		if (questions.type() == PassportApplicationType.LOST) {
			components.add(FeeComponent.LOST_REPLACEMENT);
		}
		if (questions.type() == PassportApplicationType.DAMAGED) {
			components.add(FeeComponent.DAMAGED_REPLACEMENT);
		}
		if (questions.sameDay()) {
			components.add(FeeComponent.SAME_DAY_SERVICE);
		}
		return components;
	}

	private static List<RequiredDocument> ofKind(List<RequiredDocument> documents, RequirementKind kind) {
		return documents.stream().filter((document) -> document.kind() == kind).toList();
	}

}
