package id.desabinaan.knowledge;

/** Where a warning sign is asked about. */
public enum WarningSignContext {

	/** The public job-offer check ({@code /cek-lowongan}). */
	JOB_OFFER,
	/** The checklist of an early-warning report (yes / no / unknown per sign). */
	REPORT

}
