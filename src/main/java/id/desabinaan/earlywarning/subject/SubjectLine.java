package id.desabinaan.earlywarning.subject;

/**
 * A subject with how often it is named in the reports the viewer may read (reports merged
 * into another are not counted twice).
 *
 * @param id the subject's id (its page is {@code /app/subjek/{id}})
 * @param kind what it is
 * @param key its normalised key
 * @param display how it is shown
 * @param reports how many readable reports name it
 * @param villages from how many villages those reports are
 */
public record SubjectLine(long id, SubjectKind kind, String key, String display, long reports, long villages) {

}
