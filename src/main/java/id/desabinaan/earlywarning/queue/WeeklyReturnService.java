package id.desabinaan.earlywarning.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Weekly returns and silent villages. A village official submits, for his partner village
 * and an ISO week (the current one or one of the last
 * {@link QueueProperties#weeklyReturnWeeks()}), "nothing to report" or the number of
 * reports made; submitting a week again corrects it. A partner village is silent when it
 * has neither a weekly return for a week ending within the last
 * {@link QueueProperties#silentDays()} days nor a report received within them; PIMPASA
 * see the silent villages they mentor, office staff, analysts and heads those of their
 * office.
 */
@Service
class WeeklyReturnService {

	@PersistenceContext
	private EntityManager entityManager;

	private final WeeklyReturns returns;

	private final PartnerVillageDirectory villages;

	private final ReportAccess access;

	private final ReportCalendar calendar;

	private final QueueProperties properties;

	WeeklyReturnService(WeeklyReturns returns, PartnerVillageDirectory villages, ReportAccess access,
			ReportCalendar calendar, QueueProperties properties) {
		this.returns = returns;
		this.villages = villages;
		this.access = access;
		this.calendar = calendar;
		this.properties = properties;
	}

	static boolean maySubmit(CurrentUser user) {
		return user != null && user.hasRole(Role.VILLAGE_OFFICIAL);
	}

	static boolean mayListSilent(CurrentUser user) {
		return user != null && user.hasRole(Role.PIMPASA, Role.OFFICE_STAFF, Role.INTEL_ANALYST, Role.OFFICE_HEAD);
	}

	/**
	 * The village official's partner village (its current designation, unless ended), or
	 * empty when his village is not a partner village.
	 */
	@Transactional(readOnly = true)
	Optional<PartnerVillageSummary> villageOf(CurrentUser user) {
		requireSubmitter(user);
		return this.villages.findByCode(RegionCode.of(user.scope().villageCode()))
			.filter((village) -> village.status() != PartnerVillageSummary.Status.ENDED);
	}

	/** The weeks that may be submitted, the current one first. */
	List<IsoWeek> weeks(PartnerVillageSummary village) {
		IsoWeek current = IsoWeek.of(this.calendar.today(village.officeId()));
		List<IsoWeek> weeks = new ArrayList<>();
		for (int i = 0; i <= this.properties.weeklyReturnWeeks(); i++) {
			weeks.add(current.minusWeeks(i));
		}
		return weeks;
	}

	/** The village's latest returns, newest week first. */
	@Transactional(readOnly = true)
	List<WeeklyReturn> history(PartnerVillageSummary village) {
		return this.returns.findTop12ByVillageCodeOrderByWeekStartDesc(village.code().value());
	}

	/** The form for a week: the stored answer when there is one. */
	@Transactional(readOnly = true)
	WeeklyReturnForm form(PartnerVillageSummary village, IsoWeek week) {
		WeeklyReturnForm form = new WeeklyReturnForm();
		form.setWeek(week.toString());
		this.returns.findByVillageCodeAndWeekYearAndWeekNumber(village.code().value(), week.year(), week.number())
			.ifPresentOrElse((stored) -> {
				form.setAnswer(stored.isNothingToReport() ? WeeklyReturnForm.NONE : WeeklyReturnForm.SOME);
				form.setReports(stored.isNothingToReport() ? "" : Integer.toString(stored.getReportsMade()));
				form.setNote(stored.getNote());
			}, () -> form.setAnswer(WeeklyReturnForm.NONE));
		return form;
	}

	/**
	 * Stores or corrects the return of the form's week.
	 * @return whether an earlier answer was corrected
	 * @throws InvalidInputException naming the field that cannot be accepted
	 */
	@Transactional
	boolean submit(CurrentUser user, WeeklyReturnForm form) {
		PartnerVillageSummary village = villageOf(user)
			.orElseThrow(() -> new InvalidInputException("week", "ewqueue.weekly.noVillage"));
		IsoWeek week = IsoWeek.parse(form.getWeek());
		if (week == null || !weeks(village).contains(week)) {
			throw new InvalidInputException("week", "ewqueue.weekly.week.invalid", this.properties.weeklyReturnWeeks());
		}
		int reports;
		if (WeeklyReturnForm.NONE.equals(form.getAnswer())) {
			reports = 0;
		}
		else if (WeeklyReturnForm.SOME.equals(form.getAnswer())) {
			String value = (form.getReports() != null) ? form.getReports().strip() : "";
			if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1) {
				throw new InvalidInputException("reports", "ewqueue.weekly.reports.invalid");
			}
			reports = Integer.parseInt(value);
		}
		else {
			throw new InvalidInputException("answer", "ewqueue.weekly.answer.required");
		}
		String note = (form.getNote() != null && !form.getNote().isBlank()) ? form.getNote().strip() : null;
		if (note != null && note.length() > WeeklyReturnForm.MAX_NOTE) {
			throw new InvalidInputException("note", "ewqueue.weekly.note.tooLong", WeeklyReturnForm.MAX_NOTE);
		}
		String code = village.code().value();
		Optional<WeeklyReturn> stored = this.returns.findByVillageCodeAndWeekYearAndWeekNumber(code, week.year(),
				week.number());
		WeeklyReturn weekly = stored.orElseGet(() -> new WeeklyReturn(code, village.officeId(), week));
		weekly.answer(reports, note, user.accountId(), this.calendar.today(village.officeId()));
		this.returns.save(weekly);
		return stored.isPresent();
	}

	/** The silent partner villages in the user's reach, by name. */
	@Transactional(readOnly = true)
	List<SilentVillage> silentVillages(CurrentUser user) {
		if (!mayListSilent(user)) {
			throw new AccessDeniedException("Silent villages are listed for officers");
		}
		List<PartnerVillageSummary> watched = watched(user);
		if (watched.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.calendar.today(user.scope().officeId());
		LocalDate since = today.minusDays(this.properties.silentDays());
		Set<String> codes = new HashSet<>();
		watched.forEach((village) -> codes.add(village.code().value()));
		Set<String> alive = new HashSet<>(this.returns.villagesWithReturnSince(codes, since.minusDays(6)));
		alive.addAll(villagesWithReport(codes, since));
		Map<String, LocalDate> lastWeek = new HashMap<>();
		this.returns.latestWeekStarts(codes).forEach((row) -> lastWeek.put((String) row[0], (LocalDate) row[1]));
		return watched.stream().filter((village) -> !alive.contains(village.code().value())).map((village) -> {
			LocalDate start = lastWeek.get(village.code().value());
			return new SilentVillage(village.code().value(), village.name(), village.fullName(),
					(start != null) ? IsoWeek.of(start) : null);
		}).sorted(Comparator.comparing(SilentVillage::name).thenComparing(SilentVillage::code)).toList();
	}

	/** How many days without a sign make a village silent. */
	int silentDays() {
		return this.properties.silentDays();
	}

	/**
	 * The active partner villages the user watches: a PIMPASA those he mentors today, the
	 * office's other staff those of their office.
	 */
	private List<PartnerVillageSummary> watched(CurrentUser user) {
		if (user.hasRole(Role.PIMPASA)) {
			return this.access.mentoredVillageCodes(user)
				.stream()
				.map((code) -> this.villages.findByCode(RegionCode.of(code)))
				.flatMap(Optional::stream)
				.filter(PartnerVillageSummary::active)
				.toList();
		}
		return this.villages.coveredBy(user.scope()).stream().filter(PartnerVillageSummary::active).toList();
	}

	private List<String> villagesWithReport(Collection<String> codes, LocalDate since) {
		return this.entityManager
			.createQuery("select distinct r.villageCode from Report r where r.villageCode in :codes "
					+ "and r.receivedOn >= :since", String.class)
			.setParameter("codes", codes)
			.setParameter("since", since)
			.getResultList();
	}

	private static void requireSubmitter(CurrentUser user) {
		if (!maySubmit(user)) {
			throw new AccessDeniedException("Weekly returns are submitted by village officials");
		}
	}

	/**
	 * A partner village without a sign of life.
	 *
	 * @param code desa/kelurahan code
	 * @param name its name
	 * @param fullName with kecamatan, kabupaten and province
	 * @param lastReturn the week of its latest weekly return, or {@code null}
	 */
	record SilentVillage(String code, String name, String fullName, IsoWeek lastReturn) {
	}

}
