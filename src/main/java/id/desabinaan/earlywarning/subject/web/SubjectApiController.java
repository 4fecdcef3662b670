package id.desabinaan.earlywarning.subject.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.earlywarning.subject.ReportLine;
import id.desabinaan.earlywarning.subject.ReportSubjects;
import id.desabinaan.earlywarning.subject.SubjectLine;
import id.desabinaan.earlywarning.subject.SubjectPage;
import id.desabinaan.earlywarning.subject.SubjectService;
import id.desabinaan.shared.CurrentUser;

/**
 * Subjects named in reports, for programs: the same rules as the pages (signed in; office
 * staff, PIMPASA, analysts and heads; only reports in the caller's reach are listed or
 * counted; 404 outside it). Every report returned is written to the access log.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Report subjects",
		description = "Persons, phone numbers, social-media accounts, agencies and vehicles named in early-warning reports, "
				+ "normalised and linked across reports")
class SubjectApiController {

	private final SubjectService subjects;

	SubjectApiController(SubjectService subjects) {
		this.subjects = subjects;
	}

	@GetMapping("/reports/{id}/subjects")
	@Operation(summary = "The subjects one report names, each with the number of reports and villages naming it "
			+ "among the reports the caller may read (404 outside the caller's reach)")
	List<NamedSubjectResponse> ofReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ReportSubjects page = this.subjects.ofReport(user, id, "SUBJECTS_API");
		return page.subjects().stream().map(NamedSubjectResponse::of).toList();
	}

	@GetMapping("/subjects/{id}")
	@Operation(summary = "One subject with the reports naming it that the caller may read, newest first (at most "
			+ SubjectService.LIST_LIMIT + "; 404 when none is in the caller's reach)")
	SubjectResponse subject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return SubjectResponse.of(this.subjects.subject(user, id, "SUBJECT_API"));
	}

	/**
	 * A subject as one report names it.
	 *
	 * @param id the subject's id
	 * @param kind PERSON, PHONE, SOCIAL_ACCOUNT, AGENCY or VEHICLE
	 * @param key the normalised key (E.164 for phones, platform:handle for accounts)
	 * @param display how it is shown
	 * @param field the report field it was found in ({@code description} for the free
	 * text)
	 * @param writtenAs how the report wrote it
	 * @param similarity the name match in percent when linked to a differently spelled
	 * name
	 * @param reports readable reports naming the subject (merged duplicates not counted)
	 * @param villages villages of those reports
	 */
	record NamedSubjectResponse(long id, String kind, String key, String display, String field, String writtenAs,
			Integer similarity, long reports, long villages) {

		static NamedSubjectResponse of(ReportSubjects.NamedSubject named) {
			SubjectLine subject = named.subject();
			return new NamedSubjectResponse(subject.id(), subject.kind().name(), subject.key(), subject.display(),
					named.fieldKey(), named.writtenAs(), named.similarity(), subject.reports(), subject.villages());
		}

	}

	/**
	 * A subject with the reports naming it.
	 *
	 * @param id the subject's id
	 * @param kind its kind
	 * @param key its normalised key
	 * @param display how it is shown
	 * @param reportCount readable reports naming it (merged duplicates not counted)
	 * @param villageCount villages of those reports
	 * @param reports the reports, newest first
	 * @param more whether more reports exist than listed
	 */
	record SubjectResponse(long id, String kind, String key, String display, long reportCount, long villageCount,
			List<ReportResponse> reports, boolean more) {

		static SubjectResponse of(SubjectPage page) {
			SubjectLine subject = page.subject();
			return new SubjectResponse(subject.id(), subject.kind().name(), subject.key(), subject.display(),
					subject.reports(), subject.villages(),
					page.reports().stream().map((row) -> ReportResponse.of(row.report(), row.writtenAs())).toList(),
					page.more());
		}

	}

	/**
	 * A report naming the subject.
	 *
	 * @param id the report's id
	 * @param category its category
	 * @param villageCode its village's code
	 * @param villageName its village's name
	 * @param receivedOn the day it was received
	 * @param state where it stands
	 * @param mergedInto the report it was merged into, if it was
	 * @param writtenAs how it wrote the subject
	 */
	record ReportResponse(long id, String category, String villageCode, String villageName, LocalDate receivedOn,
			String state, Long mergedInto, List<String> writtenAs) {

		static ReportResponse of(ReportLine line, List<String> writtenAs) {
			return new ReportResponse(line.id(), line.category().name(), line.villageCode(), line.villageName(),
					line.receivedOn(), line.state().name(), line.mergedInto(), writtenAs);
		}

	}

}
