package id.desabinaan.earlywarning.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * One early-warning report. Guards its state moves ({@link ReportState#next()}); a closed
 * report has a closing reason. It has no created_at: what an anonymous reporter does
 * keeps the date only ({@link #getReceivedOn()}), and the first entry of its trail holds
 * the moment for everyone else. It is not stamped by JPA auditing (which would write the
 * moment of an anonymous submission): staff changes call {@link #touch(String, Instant)}.
 * <p>
 * Full-text search (index {@code report}): description, place text and the values of the
 * structured details with Lucene's Indonesian analyzer (the site search's
 * {@code indonesian}), and the fields that decide who may read a report, so that a search
 * is narrowed to the reader's reach in the index (the database applies
 * {@link ReportAccess} again). Texts are indexed, never stored in the index.
 */
@Entity
@Table(name = "report")
@Indexed(index = "report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String receiptCode;

	@Enumerated(EnumType.STRING)
	private ReportCategory category;

	@Enumerated(EnumType.STRING)
	private ReportChannel channel;

	@Enumerated(EnumType.STRING)
	private ReporterKind reporterKind;

	private boolean onBehalf;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private ReportState state;

	private LocalDate stateEnteredOn;

	private Instant stateEnteredAt;

	@Enumerated(EnumType.STRING)
	private ClosingReason closingReason;

	private String outcomeNote;

	@KeywordField
	private String villageCode;

	@GenericField
	private long officeId;

	@FullTextField(analyzer = "indonesian")
	private String placeText;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@FullTextField(analyzer = "indonesian")
	private String description;

	@FullTextField(name = "details", analyzer = "indonesian",
			valueBridge = @ValueBridgeRef(type = ReportDetailsBridge.class))
	private String detailsJson;

	private int riskScore;

	@Enumerated(EnumType.STRING)
	private WarningRiskLevel riskLevel;

	private LocalDate receivedOn;

	private String language;

	@GenericField
	private Long submittedBy;

	@GenericField
	private Long assignedTo;

	private Long mergedInto;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private String submissionKey;

	private Instant changedAt;

	private String changedBy;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "report_indicator", joinColumns = @JoinColumn(name = "report_id"))
	private Set<ReportIndicator> indicators = new LinkedHashSet<>();

	protected Report() {
	}

	/**
	 * A new report in state RECEIVED.
	 * @param receivedAt the moment of receipt, or {@code null} for a protected reporter
	 * (anonymous or resident), whose reports keep the date only
	 */
	public Report(String receiptCode, ReportCategory category, ReportChannel channel, ReporterKind reporterKind,
			boolean onBehalf, String villageCode, long officeId, String description, String detailsJson,
			LocalDate receivedOn, Instant receivedAt, String language) {
		this.receiptCode = Objects.requireNonNull(receiptCode, "receiptCode");
		this.category = Objects.requireNonNull(category, "category");
		this.channel = Objects.requireNonNull(channel, "channel");
		this.reporterKind = Objects.requireNonNull(reporterKind, "reporterKind");
		if (reporterKind.protectedReporter() && receivedAt != null) {
			throw new IllegalArgumentException("A protected reporter's report keeps the date only");
		}
		this.onBehalf = onBehalf;
		this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
		this.officeId = officeId;
		this.description = Objects.requireNonNull(description, "description");
		this.detailsJson = (detailsJson != null) ? detailsJson : "{}";
		this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
		this.language = (language != null) ? language : "id";
		this.state = ReportState.RECEIVED;
		this.stateEnteredOn = receivedOn;
		this.stateEnteredAt = receivedAt;
		this.riskLevel = WarningRiskLevel.LOW;
	}

	/**
	 * Moves the report to the target state; refuses a move the state model does not
	 * allow. Closing needs a reason.
	 */
	public void moveTo(ReportState target, ClosingReason reason, String outcomeNote, LocalDate on, Instant at) {
		if (!this.state.mayMoveTo(target)) {
			throw new RuleViolationException("state", "earlywarning.state.notAllowed", this.state, target);
		}
		if (target == ReportState.CLOSED) {
			if (reason == null) {
				throw new InvalidInputException("closingReason", "earlywarning.closingReason.required");
			}
			this.closingReason = reason;
			this.outcomeNote = outcomeNote;
		}
		this.state = target;
		this.stateEnteredOn = Objects.requireNonNull(on, "on");
		this.stateEnteredAt = at;
	}

	/**
	 * Stamps a change made by staff (never called for what a protected reporter does).
	 */
	public void touch(String username, Instant at) {
		this.changedBy = username;
		this.changedAt = at;
	}

	/** Records the checklist: the answer to each sign asked, with the sign's version. */
	public void answer(String signCode, IndicatorAnswer answer, int signVersion) {
		this.indicators.removeIf((indicator) -> indicator.signCode().equals(signCode));
		this.indicators.add(new ReportIndicator(signCode, answer, signVersion));
	}

	public Set<ReportIndicator> getIndicators() {
		return Collections.unmodifiableSet(this.indicators);
	}

	public void assignTo(Long accountId) {
		this.assignedTo = accountId;
	}

	public void scoreRisk(int score, WarningRiskLevel level) {
		this.riskScore = score;
		this.riskLevel = Objects.requireNonNull(level, "level");
	}

	/**
	 * Where the reporter placed the event; a pin only when the reporter chose to set one.
	 */
	public void placeAt(String placeText, BigDecimal latitude, BigDecimal longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidInputException("latitude", "earlywarning.pin.incomplete");
		}
		this.placeText = placeText;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	/** Contact details a resident chose to give, or the staff member's own. */
	public void contact(String name, String phone, String email) {
		this.contactName = name;
		this.contactPhone = phone;
		this.contactEmail = email;
	}

	public void submittedBy(Long accountId) {
		this.submittedBy = accountId;
	}

	/**
	 * The key of the form or request that created this report: a resend finds it again.
	 */
	public void submissionKey(String key) {
		this.submissionKey = key;
	}

	/** Marks this report as merged into another; its own history stays with it. */
	public void mergeInto(long otherId) {
		if (this.id != null && this.id == otherId) {
			throw new RuleViolationException("mergedInto", "earlywarning.merge.self");
		}
		this.mergedInto = otherId;
	}

	public boolean hasContact() {
		return this.contactName != null || this.contactPhone != null || this.contactEmail != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getReceiptCode() {
		return this.receiptCode;
	}

	public ReportCategory getCategory() {
		return this.category;
	}

	public ReportChannel getChannel() {
		return this.channel;
	}

	public ReporterKind getReporterKind() {
		return this.reporterKind;
	}

	public boolean isOnBehalf() {
		return this.onBehalf;
	}

	public ReportState getState() {
		return this.state;
	}

	public LocalDate getStateEnteredOn() {
		return this.stateEnteredOn;
	}

	public Instant getStateEnteredAt() {
		return this.stateEnteredAt;
	}

	public ClosingReason getClosingReason() {
		return this.closingReason;
	}

	public String getOutcomeNote() {
		return this.outcomeNote;
	}

	public String getVillageCode() {
		return this.villageCode;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public String getPlaceText() {
		return this.placeText;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getDescription() {
		return this.description;
	}

	public String getDetailsJson() {
		return this.detailsJson;
	}

	public int getRiskScore() {
		return this.riskScore;
	}

	public WarningRiskLevel getRiskLevel() {
		return this.riskLevel;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getLanguage() {
		return this.language;
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public Long getAssignedTo() {
		return this.assignedTo;
	}

	public Long getMergedInto() {
		return this.mergedInto;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

}
