package id.desabinaan.office;

/**
 * How the public reaches an office, for other modules' public pages and posters. Each
 * field may be {@code null} when the office has not given it.
 *
 * @param address postal address
 * @param phone telephone
 * @param email e-mail address
 */
public record OfficeContact(String address, String phone, String email) {
}
