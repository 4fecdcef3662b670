package id.desabinaan.knowledge;

/** How a country admits Indonesian passport holders as visitors. */
public enum VisaArrangement {

	/** No visa after registering the passport in advance (e.g. Japan for e-passports). */
	VISA_WAIVER_REGISTRATION,
	/** No visa needed. */
	VISA_FREE,
	/** A visa is needed, except for one region (e.g. South Korea: only Jeju). */
	VISA_FREE_REGION_ONLY,
	/** A visa is needed. */
	VISA_REQUIRED

}
