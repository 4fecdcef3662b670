package id.desabinaan.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.desabinaan.knowledge.SiteSearchDocument;
import id.desabinaan.knowledge.SiteSearchSource;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;

/**
 * Active immigration offices as search documents, linking to their public page
 * ({@code /kantor/{code}}). A Kanim's text names the kabupaten/kota it serves, so that
 * searching "Temanggung" finds Kanim Wonosobo. Offices are read again on every start.
 */
@Component
class OfficeSearchSource implements SiteSearchSource {

	static final String KIND = "office";

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final MessageSource messages;

	OfficeSearchSource(OfficeDirectory offices, RegionDirectory regions, MessageSource messages) {
		this.offices = offices;
		this.regions = regions;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<SiteSearchDocument> documents() {
		List<SiteSearchDocument> documents = new ArrayList<>();
		for (OfficeSummary office : this.offices.all()) {
			String area = this.offices.workingArea(office.id())
				.stream()
				.sorted()
				.map((code) -> this.regions.find(RegionCode.of(code)).map(RegionSummary::name).orElse(code))
				.collect(Collectors.joining(", "));
			for (Locale locale : SupportedLocales.ALL) {
				String text = this.messages.getMessage("article.search.office.level." + office.level(),
						new Object[] { office.name() }, locale)
						+ (area.isEmpty() ? "" : " " + this.messages.getMessage("article.search.office.area",
								new Object[] { area }, locale));
				documents.add(new SiteSearchDocument(KIND, office.code(), locale.getLanguage(), office.name(), text,
						"/kantor/" + office.code(), "article.search.kind.office", null));
			}
		}
		return documents;
	}

}
