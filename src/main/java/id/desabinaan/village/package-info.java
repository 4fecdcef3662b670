/**
 * Partner villages (Desa Binaan Imigrasi): designation by a Kanim against configurable
 * selection criteria, the certificate with its public verification, PIMPASA officers
 * appointed by decree (with rotation; other modules ask
 * {@link id.desabinaan.village.Mentoring}), village liaisons, the head's delegation of
 * the programme to his staff, and the public village pages.
 */
package id.desabinaan.village;
