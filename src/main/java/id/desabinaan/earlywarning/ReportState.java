package id.desabinaan.earlywarning;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands. The allowed moves: <pre>
 * RECEIVED -> UNDER_VERIFICATION | CLOSED
 * UNDER_VERIFICATION -> VERIFIED | CLOSED
 * VERIFIED (becomes an event) -> ESCALATED | REFERRED | CLOSED
 * ESCALATED (to the intelligence section) -> REFERRED | CLOSED
 * REFERRED -> ESCALATED | CLOSED
 * CLOSED -> (nothing; a closed report stays closed)
 * </pre>
 */
public enum ReportState {

	RECEIVED, UNDER_VERIFICATION, VERIFIED, ESCALATED, REFERRED, CLOSED;

	/** The states this one may move to. */
	public Set<ReportState> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(UNDER_VERIFICATION, CLOSED);
			case UNDER_VERIFICATION -> EnumSet.of(VERIFIED, CLOSED);
			case VERIFIED -> EnumSet.of(ESCALATED, REFERRED, CLOSED);
			case ESCALATED -> EnumSet.of(REFERRED, CLOSED);
			case REFERRED -> EnumSet.of(ESCALATED, CLOSED);
			case CLOSED -> EnumSet.noneOf(ReportState.class);
		};
	}

	public boolean mayMoveTo(ReportState target) {
		return next().contains(target);
	}

	/** Open reports are on someone's desk: every state but CLOSED. */
	public boolean open() {
		return this != CLOSED;
	}

}
