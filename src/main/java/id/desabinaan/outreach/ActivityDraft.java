package id.desabinaan.outreach;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What an officer enters to plan or change an activity.
 *
 * @param villageId the partner village (designation id, {@code PartnerVillageSummary.id})
 * @param type the kind of activity
 * @param otherType what it is, when the type is OTHER
 * @param title a short title
 * @param place where it takes place
 * @param startsAt date and time in the serving office's time zone (WIB, WITA or WIT)
 * @param officerIds accounts of the officers taking part
 * @param institutionIds partner institutions (reference entries)
 * @param otherInstitution the institution, when the entry OTHER is chosen
 * @param topicIds topics (reference entries)
 * @param otherTopic the topic, when the entry OTHER is chosen
 * @param materials materials handed out
 * @param notes internal notes (never public)
 * @param shownPublicly whether residents see it on the village page and in the public API
 */
public record ActivityDraft(long villageId, ActivityType type, String otherType, String title, String place,
		LocalDateTime startsAt, List<Long> officerIds, Set<Long> institutionIds, String otherInstitution,
		Set<Long> topicIds, String otherTopic, List<Material> materials, String notes, boolean shownPublicly) {

	public ActivityDraft {
		officerIds = (officerIds != null) ? List.copyOf(officerIds) : List.of();
		institutionIds = (institutionIds != null) ? Set.copyOf(institutionIds) : Set.of();
		topicIds = (topicIds != null) ? Set.copyOf(topicIds) : Set.of();
		materials = (materials != null) ? List.copyOf(materials) : List.of();
	}

}
