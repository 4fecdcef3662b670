package id.desabinaan.knowledge.jobcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.shared.ScopeLevel;

/**
 * The review workflow of the warning signs and the risk thresholds
 * ({@code /app/info/tanda-bahaya}). Editors are SYSTEM_ADMIN and every other national
 * account that may change data (the NATIONAL_VIEWER only reads); a version is published
 * by an editor who did not write it. National viewers and office heads read.
 */
@Service
@Transactional
public class WarningSignEditor {

	private final Indicators indicators;

	private final ThresholdVersions thresholds;

	private final Clock clock;

	WarningSignEditor(Indicators indicators, ThresholdVersions thresholds, Clock clock) {
		this.indicators = indicators;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	/**
	 * One sign on the overview.
	 *
	 * @param code the sign's code
	 * @param current the version in force today, or {@code null}
	 * @param upcoming published versions that apply from a later day
	 * @param open the draft or version in review, or {@code null}
	 */
	public record SignRow(String code, SignVersionView current, List<SignVersionView> upcoming, SignVersionView open) {
	}

	/**
	 * Every version of the thresholds.
	 *
	 * @param current the version in force today, or {@code null}
	 * @param open the draft or version in review, or {@code null}
	 * @param versions every version, newest first
	 */
	public record Thresholds(ThresholdView current, ThresholdView open, List<ThresholdView> versions) {
	}

	public boolean mayEdit(CurrentUser user) {
		return user != null && (user.hasRole(Role.SYSTEM_ADMIN)
				|| (user.scope().level() == ScopeLevel.NATIONAL && !user.role().readOnly()));
	}

	public boolean mayRead(CurrentUser user) {
		return mayEdit(user) || (user != null && user.hasRole(Role.NATIONAL_VIEWER, Role.OFFICE_HEAD));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(JobOfferCheck.NATIONAL_ZONE));
	}

	// ---- reading ----

	@Transactional(readOnly = true)
	public List<SignRow> overview(CurrentUser user) {
		requireReader(user);
		LocalDate today = today();
		return this.indicators.findAllWithVersions()
			.stream()
			.map((indicator) -> new SignRow(indicator.getCode(), view(indicator, indicator.inForce(today)),
					indicator.upcoming(today).stream().map((v) -> SignVersionView.of(indicator.getCode(), v)).toList(),
					view(indicator, indicator.open())))
			.toList();
	}

	/** Every version of one sign, newest first. */
	@Transactional(readOnly = true)
	public List<SignVersionView> versions(CurrentUser user, String code) {
		requireReader(user);
		Indicator indicator = indicator(code);
		return indicator.getVersions()
			.stream()
			.sorted(Comparator.comparingInt(IndicatorVersion::getNumber).reversed())
			.map((version) -> SignVersionView.of(code, version))
			.toList();
	}

	/**
	 * What the edit form starts from: the open draft, else the version in force today.
	 */
	@Transactional(readOnly = true)
	public SignContent contentToEdit(CurrentUser user, String code) {
		requireEditor(user);
		Indicator indicator = indicator(code);
		return indicator.open()
			.or(() -> indicator.inForce(today()))
			.or(() -> indicator.getVersions().stream().reduce((first, second) -> second))
			.map(IndicatorVersion::content)
			.orElseThrow(() -> new NotFoundException("jobcheck.sign.notFound", code));
	}

	@Transactional(readOnly = true)
	public Thresholds thresholds(CurrentUser user) {
		requireReader(user);
		List<ThresholdVersion> all = this.thresholds.findAllByOrderByNumber();
		return new Thresholds(ReviewedVersion.inForce(all, today()).map(ThresholdView::of).orElse(null),
				all.stream().filter(ThresholdVersion::isOpen).findFirst().map(ThresholdView::of).orElse(null),
				all.reversed().stream().map(ThresholdView::of).toList());
	}

	// ---- signs ----

	/** A new sign with its first draft; answers its code. */
	public String create(CurrentUser user, String code, SignContent content) {
		requireEditor(user);
		String normalized = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null;
		if (normalized != null && this.indicators.existsByCode(normalized)) {
			throw new RuleViolationException("code", "jobcheck.sign.code.taken", normalized);
		}
		this.indicators
			.saveAndFlush(new Indicator(normalized, this.indicators.maxPosition() + 1, user.getUsername(), content));
		return normalized;
	}

	public void saveDraft(CurrentUser user, String code, SignContent content) {
		change(user, code, (indicator) -> indicator.draft(user.getUsername(), content));
	}

	public void submit(CurrentUser user, String code) {
		change(user, code, (indicator) -> indicator.submit(user.getUsername(), this.clock.instant()));
	}

	public void publish(CurrentUser user, String code) {
		change(user, code, (indicator) -> indicator.publish(user.getUsername(), this.clock.instant(), today()));
	}

	public void returnToAuthor(CurrentUser user, String code, String note) {
		change(user, code, (indicator) -> indicator.returnToAuthor(user.getUsername(), note));
	}

	public void discard(CurrentUser user, String code) {
		change(user, code, (indicator) -> indicator.discard(user.getUsername()));
	}

	// ---- thresholds ----

	public void saveThresholdDraft(CurrentUser user, int mediumFrom, int highFrom, LocalDate validFrom, String source) {
		requireEditor(user);
		List<ThresholdVersion> all = this.thresholds.findAllByOrderByNumber();
		ThresholdVersion draft = openThresholds(all)
			.orElseGet(() -> new ThresholdVersion(all.size() + 1, user.getUsername()));
		draft.write(user.getUsername(), mediumFrom, highFrom, validFrom, source);
		this.thresholds.saveAndFlush(draft);
	}

	public void submitThresholds(CurrentUser user) {
		changeThresholds(user, (open) -> open.submit(user.getUsername(), this.clock.instant()));
	}

	public void publishThresholds(CurrentUser user) {
		changeThresholds(user, (open) -> open.publish(user.getUsername(), this.clock.instant(), today()));
	}

	public void returnThresholds(CurrentUser user, String note) {
		changeThresholds(user, (open) -> open.returnToAuthor(user.getUsername(), note));
	}

	public void discardThresholds(CurrentUser user) {
		requireEditor(user);
		ThresholdVersion open = requireOpenThresholds();
		open.requireDraftOf(user.getUsername());
		this.thresholds.delete(open);
	}

	// ---- helpers ----

	/** One step on a sign, by an editor, saved at once. */
	private void change(CurrentUser user, String code, Consumer<Indicator> step) {
		requireEditor(user);
		Indicator indicator = indicator(code);
		step.accept(indicator);
		this.indicators.saveAndFlush(indicator);
	}

	/** One step on the open version of the thresholds, by an editor, saved at once. */
	private void changeThresholds(CurrentUser user, Consumer<ThresholdVersion> step) {
		requireEditor(user);
		ThresholdVersion open = requireOpenThresholds();
		step.accept(open);
		this.thresholds.saveAndFlush(open);
	}

	private ThresholdVersion requireOpenThresholds() {
		return openThresholds(this.thresholds.findAllByOrderByNumber())
			.orElseThrow(() -> new RuleViolationException(null, "jobcheck.review.nothingOpen"));
	}

	private static Optional<ThresholdVersion> openThresholds(List<ThresholdVersion> all) {
		return all.stream().filter(ThresholdVersion::isOpen).findFirst();
	}

	private Indicator indicator(String code) {
		return this.indicators.findByCode(code)
			.orElseThrow(() -> new NotFoundException("jobcheck.sign.notFound", code));
	}

	private static SignVersionView view(Indicator indicator, Optional<IndicatorVersion> version) {
		return version.map((v) -> SignVersionView.of(indicator.getCode(), v)).orElse(null);
	}

	private void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("Warning signs are read by editors, national viewers and office heads");
		}
	}

	private void requireEditor(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Warning signs are edited by national editors");
		}
	}

}
