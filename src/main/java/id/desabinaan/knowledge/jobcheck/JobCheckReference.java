package id.desabinaan.knowledge.jobcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data of the job-offer check and the posters, shipped in
 * {@code src/main/resources/data/knowledge/jobcheck-reference.json} (see the SOURCE.md
 * beside it): destination countries offered, which placement-ban job codes each kind of
 * work falls under (the bans themselves, countries and dates, are the regulated
 * placement-ban data), where to check a placement company's licence, the steps of the
 * procedural route, and where foreigners are reported.
 *
 * @param file the file's name
 * @param dataVersion the data version
 * @param checked when the addresses were last checked
 * @param destinations the countries offered, in order
 * @param placementBanJobs for each kind of work ({@link JobOfferAnswers.Job} name), the
 * job codes of the placement-ban data it falls under
 * @param licenceChecks where to check a licence, in order
 * @param route the procedural route
 * @param foreignerReporting where foreigners are reported
 */
public record JobCheckReference(String file, int dataVersion, LocalDate checked, List<Destination> destinations,
		Map<String, List<String>> placementBanJobs, List<LicenceCheck> licenceChecks, Route route,
		ForeignerReporting foreignerReporting) {

	static final String RESOURCE = "/data/knowledge/jobcheck-reference.json";

	static JobCheckReference load() {
		return WarningSignSeed.read(RESOURCE, JobCheckReference.class);
	}

	public Optional<Destination> destination(String code) {
		return this.destinations.stream().filter((destination) -> destination.code().equals(code)).findFirst();
	}

	/** The placement-ban job codes a kind of work falls under (none for most). */
	public List<String> banJobCodes(JobOfferAnswers.Job job) {
		if (job == null || this.placementBanJobs == null) {
			return List.of();
		}
		return this.placementBanJobs.getOrDefault(job.name(), List.of());
	}

	static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/**
	 * A destination country.
	 *
	 * @param code ISO 3166 alpha-2 code
	 * @param nameId name in Bahasa Indonesia
	 * @param nameEn name in English
	 */
	public record Destination(String code, String nameId, String nameEn) {

		public String name(Locale locale) {
			return isEnglish(locale) ? this.nameEn : this.nameId;
		}

	}

	/**
	 * Where to check a placement company's licence.
	 *
	 * @param code short code
	 * @param nameId name in Bahasa Indonesia
	 * @param nameEn name in English
	 * @param url web address, {@code null} for a place to go to
	 * @param descriptionId what it is, in Bahasa Indonesia
	 * @param descriptionEn what it is, in English
	 */
	public record LicenceCheck(String code, String nameId, String nameEn, String url, String descriptionId,
			String descriptionEn) {

		public String name(Locale locale) {
			return isEnglish(locale) ? this.nameEn : this.nameId;
		}

		public String description(Locale locale) {
			return isEnglish(locale) ? this.descriptionEn : this.descriptionId;
		}

	}

	/**
	 * The steps of the procedural route for migrant workers.
	 *
	 * @param source the law
	 * @param stepsId the steps in Bahasa Indonesia
	 * @param stepsEn the steps in English
	 */
	public record Route(String source, List<String> stepsId, List<String> stepsEn) {

		public List<String> steps(Locale locale) {
			return isEnglish(locale) ? this.stepsEn : this.stepsId;
		}

	}

	/**
	 * Where hosts report foreigners.
	 *
	 * @param apoaUrl the address of APOA, the national reporting application
	 * @param source the law
	 */
	public record ForeignerReporting(String apoaUrl, String source) {
	}

}
