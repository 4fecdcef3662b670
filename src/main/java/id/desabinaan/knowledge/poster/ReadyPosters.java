package id.desabinaan.knowledge.poster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.PosterContact;
import id.desabinaan.knowledge.PosterRenderer;
import id.desabinaan.knowledge.PosterSection;
import id.desabinaan.knowledge.jobcheck.JobCheckReference;
import id.desabinaan.knowledge.jobcheck.JobOfferCheck;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;

/**
 * The ready posters: the duty to report foreigners with the serving office's contact, and
 * the job-offer check leaflet with the warning signs in force. Each is a {@link Poster},
 * so that the web page and the PDF say the same.
 */
@Component
public class ReadyPosters {

	public static final String FOREIGNERS_PAGE = "/poster/lapor-orang-asing";

	private final MessageSource messages;

	private final PosterRenderer renderer;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final JobOfferCheck check;

	ReadyPosters(MessageSource messages, PosterRenderer renderer, OfficeDirectory offices, RegionDirectory regions,
			JobOfferCheck check) {
		this.messages = messages;
		this.renderer = renderer;
		this.offices = offices;
		this.regions = regions;
		this.check = check;
	}

	/**
	 * The office a poster is for, chosen by office code or by village code; an unknown
	 * code is a 404. Neither given: no office.
	 */
	public Optional<PosterTarget> target(String officeCode, String villageCode) {
		if (villageCode != null && !villageCode.isBlank()) {
			return Optional.of(forVillage(villageCode.strip()));
		}
		if (officeCode != null && !officeCode.isBlank()) {
			return Optional.of(forOffice(officeCode.strip()));
		}
		return Optional.empty();
	}

	private PosterTarget forVillage(String code) {
		if (!RegionCode.isValid(code)) {
			throw new NotFoundException("jobcheck.poster.unknownVillage", code);
		}
		var village = this.regions.find(RegionCode.of(code))
			.filter((region) -> region.level() == RegionLevel.VILLAGE)
			.orElseThrow(() -> new NotFoundException("jobcheck.poster.unknownVillage", code));
		var office = this.offices.servingOffice(RegionCode.of(code))
			.orElseThrow(() -> new NotFoundException("jobcheck.poster.noOffice", code));
		return new PosterTarget(office, this.offices.contact(office.id()).orElse(null), village);
	}

	private PosterTarget forOffice(String code) {
		var office = this.offices.findByCode(code)
			.filter((found) -> found.level() == OfficeLevel.OFFICE || found.level() == OfficeLevel.SUB_OFFICE)
			.orElseThrow(() -> new NotFoundException("jobcheck.poster.unknownOffice", code));
		return new PosterTarget(office, this.offices.contact(office.id()).orElse(null), null);
	}

	/** The duty to report foreigners; its QR code opens the poster's web page. */
	public Poster foreigners(PosterTarget target, Locale locale) {
		JobCheckReference.ForeignerReporting reporting = this.check.reference().foreignerReporting();
		String page = FOREIGNERS_PAGE + ((target != null) ? "?" + target.query() : "");
		String lead = (target != null && target.village() != null)
				? msg(locale, "jobcheck.poster.foreigners.leadVillage", target.village().name())
				: msg(locale, "jobcheck.poster.foreigners.lead");
		List<PosterSection> sections = List.of(
				PosterSection.paragraphs(msg(locale, "jobcheck.poster.foreigners.who"),
						msg(locale, "jobcheck.poster.foreigners.who.text"),
						msg(locale, "jobcheck.poster.foreigners.when.text")),
				PosterSection.items(msg(locale, "jobcheck.poster.foreigners.how"),
						List.of(msg(locale, "jobcheck.poster.foreigners.how.apoa", reporting.apoaUrl()),
								msg(locale, "jobcheck.poster.foreigners.how.office"),
								msg(locale, "jobcheck.poster.foreigners.how.village"))),
				PosterSection.items(msg(locale, "jobcheck.poster.foreigners.what"),
						List.of(msg(locale, "jobcheck.poster.foreigners.what.name"),
								msg(locale, "jobcheck.poster.foreigners.what.passport"),
								msg(locale, "jobcheck.poster.foreigners.what.address"),
								msg(locale, "jobcheck.poster.foreigners.what.dates"))),
				PosterSection.paragraphs(msg(locale, "jobcheck.poster.source"),
						msg(locale, "jobcheck.poster.foreigners.source", reporting.source())));
		return new Poster(msg(locale, "jobcheck.poster.foreigners.title"), lead, sections,
				this.renderer.publicUrl(page), contact(target, locale));
	}

	/**
	 * The job-offer check leaflet: the warning signs in force with their explanations,
	 * the legal route and where to check a licence; its QR code opens the check.
	 */
	public Poster jobCheckLeaflet(PosterTarget target, Locale locale) {
		JobCheckReference reference = this.check.reference();
		List<String> signs = this.check.jobOfferSigns().stream().map((sign) -> sign.title(locale)).toList();
		List<String> licence = reference.licenceChecks()
			.stream()
			.map((place) -> place.name(locale) + ((place.url() != null) ? " (" + place.url() + ")" : "") + ": "
					+ place.description(locale))
			.toList();
		List<PosterSection> sections = List.of(
				new PosterSection(msg(locale, "jobcheck.leaflet.signs"),
						List.of(msg(locale, "jobcheck.leaflet.signs.text")), signs),
				PosterSection.items(msg(locale, "jobcheck.result.route"), reference.route().steps(locale)),
				PosterSection.items(msg(locale, "jobcheck.result.licence"), licence));
		return new Poster(msg(locale, "jobcheck.leaflet.title"), msg(locale, "jobcheck.leaflet.lead"), sections,
				this.renderer.publicUrl("/cek-lowongan"), contact(target, locale));
	}

	public byte[] pdf(Poster poster, Locale locale) {
		return this.renderer.render(poster, locale);
	}

	private PosterContact contact(PosterTarget target, Locale locale) {
		if (target == null) {
			return null;
		}
		String heading = (target.village() != null)
				? msg(locale, "jobcheck.poster.contact.village", target.village().name())
				: msg(locale, "jobcheck.poster.contact.office");
		var contact = target.contact();
		return new PosterContact(heading, target.office().name(), (contact != null) ? contact.address() : null,
				(contact != null) ? contact.phone() : null, (contact != null) ? contact.email() : null,
				this.renderer.publicUrl("/kantor/" + target.office().code()));
	}

	private String msg(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
