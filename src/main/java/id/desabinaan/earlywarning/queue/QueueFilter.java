package id.desabinaan.earlywarning.queue;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.knowledge.WarningRiskLevel;

/**
 * What the queue shows, already checked. Without a state the queue shows open reports
 * ({@code allStates} adds closed ones).
 *
 * @param state one state, or {@code null}
 * @param allStates closed reports too (when no state is chosen)
 * @param category one category, or {@code null}
 * @param risk one risk level, or {@code null}
 * @param villageCode one desa/kelurahan, or {@code null}
 * @param officer the account the reports are assigned to, or {@code null}
 * @param unassigned only reports assigned to nobody
 * @param minAgeDays received at least this many days ago, or {@code null}
 * @param maxAgeDays received at most this many days ago, or {@code null}
 * @param text search words over the report texts, or {@code null}
 * @param sort the order
 */
record QueueFilter(ReportState state, boolean allStates, ReportCategory category, WarningRiskLevel risk,
		String villageCode, Long officer, boolean unassigned, Integer minAgeDays, Integer maxAgeDays, String text,
		QueueSort sort) {

	static QueueFilter open() {
		return new QueueFilter(null, false, null, null, null, null, false, null, null, null, QueueSort.RISK);
	}

	QueueFilter withText(String words) {
		return new QueueFilter(this.state, this.allStates, this.category, this.risk, this.villageCode, this.officer,
				this.unassigned, this.minAgeDays, this.maxAgeDays, words, this.sort);
	}

}
