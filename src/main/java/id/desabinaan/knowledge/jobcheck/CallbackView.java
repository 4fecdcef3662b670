package id.desabinaan.knowledge.jobcheck;

import java.time.ZonedDateTime;
import java.util.List;

import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.knowledge.WarningSign;

/**
 * A call-back request as the serving office's staff see it.
 *
 * @param id the request's identifier
 * @param requestedAt when it was made, in the office's time zone
 * @param village the village's full name
 * @param name the resident's name, {@code null} if he gave none or after the call
 * @param phone his phone number, {@code null} after the call
 * @param status where it stands
 * @param answers his answers when he shared them, else {@code null}
 * @param destination the destination country of the answers when it is in the list, else
 * {@code null}
 * @param riskLevel the risk level when he shared the result, else {@code null}
 * @param signs the warning signs found when he shared the result
 * @param doneAt when it was marked done, in the office's time zone
 * @param doneBy who marked it done
 */
public record CallbackView(long id, ZonedDateTime requestedAt, String village, String name, String phone,
		CallbackRequest.Status status, JobOfferAnswers answers, JobCheckReference.Destination destination,
		WarningRiskLevel riskLevel, List<WarningSign> signs, ZonedDateTime doneAt, String doneBy) {

	public boolean waiting() {
		return this.status == CallbackRequest.Status.NEW;
	}

}
