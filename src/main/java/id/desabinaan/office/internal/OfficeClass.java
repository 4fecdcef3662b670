package id.desabinaan.office.internal;

/**
 * Class of a Kanim (Kantor Imigrasi), which together with TPI/Non TPI makes its official
 * name, e.g. "Kantor Imigrasi Kelas II Non TPI Wonosobo".
 */
public enum OfficeClass {

	/** Kelas I Khusus: the largest offices (e.g. Jakarta, Soekarno-Hatta). */
	I_KHUSUS,
	/** Kelas I. */
	I,
	/** Kelas II. */
	II,
	/** Kelas III, the smallest; most have been upgraded since. */
	III

}
