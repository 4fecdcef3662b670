package id.desabinaan.office;

/**
 * An office as other modules see it.
 *
 * @param id internal identifier
 * @param code short stable code, e.g. {@code KANIM-WONOSOBO}
 * @param name full name, e.g. "Kantor Imigrasi Kelas II Non TPI Wonosobo"
 * @param level level in the hierarchy
 * @param parentId the parent office, {@code null} for the directorate
 * @param timeZone IANA zone of the office: Asia/Jakarta (WIB), Asia/Makassar (WITA) or
 * Asia/Jayapura (WIT)
 */
public record OfficeSummary(long id, String code, String name, OfficeLevel level, Long parentId, String timeZone) {
}
