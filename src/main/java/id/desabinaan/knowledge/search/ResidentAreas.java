package id.desabinaan.knowledge.search;

import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.RegionCode;

/**
 * The area a resident chose with the region picker (a kabupaten/kota, kecamatan or
 * village) and the Kanim serving it, whose local articles he then sees. Shared by the
 * article index and the search page.
 */
@Component
public class ResidentAreas {

	private final RegionPicker picker;

	private final OfficeDirectory offices;

	ResidentAreas(RegionPicker picker, OfficeDirectory offices) {
		this.picker = picker;
		this.offices = offices;
	}

	/**
	 * A resident's area.
	 *
	 * @param choice the picker's state (what was typed, candidates, errors)
	 * @param office the serving Kanim, {@code null} when unknown
	 * @param problemCode message code when the region is too wide (a province) or no
	 * office serves it, otherwise {@code null}
	 */
	public record Area(RegionChoice choice, OfficeSummary office, String problemCode) {

		public Long officeId() {
			return (this.office != null) ? this.office.id() : null;
		}

	}

	/**
	 * Reads the picker's fields: {@code code} (a chosen region or a link's code) and
	 * {@code query} (what was typed).
	 */
	public Area resolve(String code, String query) {
		RegionChoice choice = (query == null && code != null) ? this.picker.resolve(code, code, null)
				: this.picker.resolve(code, query, null);
		if (!choice.isResolved()) {
			return new Area(choice, null, null);
		}
		RegionCode region = RegionCode.of(choice.code());
		if (region.depth() < 2) {
			return new Area(choice, null, "article.area.tooWide");
		}
		return this.offices.servingOffice(region)
			.map((office) -> new Area(choice, office, null))
			.orElseGet(() -> new Area(choice, null, "article.area.noOffice"));
	}

	/** The code to keep in links, {@code null} when no area is resolved. */
	public static String codeOf(Area area) {
		return area.choice().isResolved() ? area.choice().code() : null;
	}

}
