package id.desabinaan.knowledge.regulation;

import id.desabinaan.knowledge.RequiredDocument;

/**
 * A requirement as valid on a date, with what it applies to.
 *
 * @param application the applications it belongs to
 * @param applicant the applicants it is for
 * @param position order in the list
 * @param document the requirement itself
 */
public record RequirementEntry(RequirementApplication application, RequirementApplicant applicant, int position,
		RequiredDocument document) {
}
