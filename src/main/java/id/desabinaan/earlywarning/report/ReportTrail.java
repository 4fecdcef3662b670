package id.desabinaan.earlywarning.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.ReportState;

/**
 * Writes and checks the hash-chained trail of each report. Every entry's hash is the
 * SHA-256 of its content and the previous entry's hash, so changing or removing an entry
 * breaks the chain from there on. Times are kept to the millisecond so that every
 * database returns the value that was hashed.
 */
@Component
public class ReportTrail {

	/** The previous hash of a report's first entry. */
	public static final String GENESIS = "0".repeat(64);

	/** The reporter, in the trail: never a name, never an address. */
	public static final String REPORTER = "reporter";

	private final ReportEntries entries;

	ReportTrail(ReportEntries entries) {
		this.entries = entries;
	}

	/**
	 * Appends an entry to the report's trail, chained to the last one. Takes part in the
	 * caller's transaction: the entry exists exactly when the change it records does.
	 * @param occurredAt the moment, or {@code null} for what a protected reporter does
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReportEntry append(Report report, String kind, ReportState fromState, ReportState toState, String actor,
			String reason, String detail, LocalDate occurredOn, Instant occurredAt) {
		long reportId = report.getId();
		Optional<ReportEntry> last = this.entries.findFirstByReportIdOrderBySeqDesc(reportId);
		int seq = last.map((entry) -> entry.getSeq() + 1).orElse(1);
		String previous = last.map(ReportEntry::getHash).orElse(GENESIS);
		Instant at = (occurredAt != null) ? occurredAt.truncatedTo(ChronoUnit.MILLIS) : null;
		return this.entries.save(new ReportEntry(reportId, seq, kind, fromState, toState, actor, reason, detail,
				occurredOn, at, previous));
	}

	@Transactional(readOnly = true)
	public List<ReportEntry> of(long reportId) {
		return this.entries.findByReportIdOrderBySeqAsc(reportId);
	}

	/**
	 * Checks one report's chain: every entry's hash matches its content and the previous
	 * entry's hash, and the sequence has no gap.
	 * @return the first broken entry, or empty when the chain is whole
	 */
	@Transactional(readOnly = true)
	public Optional<ReportEntry> firstBroken(long reportId) {
		String previous = GENESIS;
		int expectedSeq = 1;
		for (ReportEntry entry : this.entries.findByReportIdOrderBySeqAsc(reportId)) {
			if (entry.getSeq() != expectedSeq || !previous.equals(entry.getPreviousHash())
					|| !hashOf(entry).equals(entry.getHash())) {
				return Optional.of(entry);
			}
			previous = entry.getHash();
			expectedSeq++;
		}
		return Optional.empty();
	}

	static String hashOf(ReportEntry entry) {
		String content = String.join("\u001f", entry.getPreviousHash(), Long.toString(entry.getReportId()),
				Integer.toString(entry.getSeq()), String.valueOf(entry.getKind()), String.valueOf(entry.getFromState()),
				String.valueOf(entry.getToState()), String.valueOf(entry.getActor()), String.valueOf(entry.getReason()),
				String.valueOf(entry.getDetail()), String.valueOf(entry.getOccurredOn()),
				(entry.getOccurredAt() != null) ? Long.toString(entry.getOccurredAt().toEpochMilli()) : "null");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
