package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.List;

/** The visa facilitation list as dated, edited data. */
public interface VisaFacilitationList {

	/** The entries that apply on this date, by country name. */
	List<VisaFacilitation> facilitationsOn(LocalDate date);

}
