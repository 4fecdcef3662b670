package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What the requirements wizard tells a resident for his answers on a date.
 *
 * @param questions the answers
 * @param date the day the documents and fees apply to
 * @param documents documents to bring, in order
 * @param steps steps to take or expect, in order
 * @param fees each fee component to pay
 * @param total sum of the fees, whole Rupiah
 * @param anyOffice the application may be made at any immigration office (lost
 * passports), not only the one serving the applicant's area
 * @param visaFacilitations visa facilitations that apply on the date (of interest for
 * e-passports)
 * @param announcedFees later versions of the fee components used, if any are announced
 */
public record PassportAdvice(PassportQuestions questions, LocalDate date, List<RequiredDocument> documents,
		List<RequiredDocument> steps, List<PassportFee> fees, long total, boolean anyOffice,
		List<VisaFacilitation> visaFacilitations, List<PassportFee> announcedFees) {

	public PassportAdvice {
		documents = List.copyOf(documents);
		steps = List.copyOf(steps);
		fees = List.copyOf(fees);
		visaFacilitations = List.copyOf(visaFacilitations);
		announcedFees = List.copyOf(announcedFees);
	}

	/** The regulations the fees come from, each once, in the order of the fees. */
	public List<String> feeSources() {
		return this.fees.stream().map(PassportFee::source).distinct().toList();
	}

}
