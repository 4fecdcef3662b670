package id.desabinaan.earlywarning.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportEntry;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.ServiceClock;
import id.desabinaan.shared.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service clocks and the escalation of overdue reports. The escalation is run at chosen
 * moments (the job passes the application clock's instant; here the test picks it), on
 * reports received on days in 2021 that no other test uses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class OverdueEscalationTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	ApplicationContext context;

	@Autowired
	OverdueReports overdue;

	@Autowired
	Escalations escalations;

	@Autowired
	ReportTrail trail;

	@Autowired
	ServiceClock serviceClock;

	@Autowired
	LockProvider locks;

	@Autowired
	Environment environment;

	@Autowired
	UserDetailsService users;

	static Instant at(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(WIB).toInstant();
	}

	List<ReportEntry> escalationsInTrail(Report report) {
		return this.trail.of(report.getId()).stream().filter((e) -> "OVERDUE_ESCALATED".equals(e.getKind())).toList();
	}

	@Test
	void theClocksCountWorkingDaysAsConfigured() {
		Report report = TriageFixtures.report(this.context, "clock-friday", LocalDate.of(2021, 3, 5));
		// received on a Friday: acknowledged by Monday, overdue from Tuesday
		assertThat(this.serviceClock.dueOn(report)).contains(LocalDate.of(2021, 3, 8));
		assertThat(this.serviceClock.overdueDays(report, LocalDate.of(2021, 3, 8))).isZero();
		assertThat(this.serviceClock.overdueDays(report, LocalDate.of(2021, 3, 10))).isEqualTo(2);
		assertThat(this.serviceClock.allowance(ReportState.UNDER_VERIFICATION)).contains(3);
		assertThat(this.serviceClock.allowance(ReportState.VERIFIED)).contains(10);
		assertThat(this.serviceClock.allowance(ReportState.REFERRED)).isEmpty();
	}

	@Test
	void anOverdueReportIsEscalatedToTheOfficeHeadOncePerStayInItsState() {
		Report report = TriageFixtures.report(this.context, "escalate", LocalDate.of(2021, 3, 1));

		// due on Tuesday 2 March: not yet overdue that day
		this.overdue.escalateOverdue(at("2021-03-02T16:00"));
		assertThat(escalationsInTrail(report)).isEmpty();

		this.overdue.escalateOverdue(at("2021-03-04T07:00"));
		this.overdue.escalateOverdue(at("2021-03-05T07:00"));

		List<ReportEntry> entries = escalationsInTrail(report);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).getActor()).isEqualTo(OverdueReports.SYSTEM);
		assertThat(entries.get(0).getReason()).isEqualTo("RECEIVED");
		assertThat(entries.get(0).getDetail()).isEqualTo("2");
		assertThat(entries.get(0).getOccurredOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		Optional<Escalation> escalation = this.escalations.findByReportIdAndStateAndStateEnteredOn(report.getId(),
				ReportState.RECEIVED, LocalDate.of(2021, 3, 1));
		assertThat(escalation).hasValueSatisfying((e) -> {
			assertThat(e.getOverdueDays()).isEqualTo(2);
			assertThat(e.getEscalatedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		});
		assertThat(this.trail.firstBroken(report.getId())).isEmpty();
	}

	@Test
	void theHeadsOverdueListShowsOverdueDaysAndTheEscalation() {
		CurrentUser head = (CurrentUser) this.users.loadUserByUsername("kepala.wonosobo");
		LocalDate received = LocalDate.now(WIB).minusDays(21);
		Report report = TriageFixtures.report(this.context, "overdue-list", received);
		Report fresh = TriageFixtures.report(this.context, "overdue-fresh");

		this.overdue.escalateOverdue(Instant.now());

		List<Overdue> list = this.overdue.of(head);
		assertThat(list).extracting((o) -> o.report().getId()).contains(report.getId()).doesNotContain(fresh.getId());
		Overdue item = list.stream().filter((o) -> o.report().getId().equals(report.getId())).findFirst().orElseThrow();
		assertThat(item.overdueDays()).isGreaterThanOrEqualTo(12);
		assertThat(item.escalatedOn()).isEqualTo(LocalDate.now(WIB));

		CurrentUser otherHead = (CurrentUser) this.users.loadUserByUsername("kepala.yogyakarta");
		assertThat(this.overdue.of(otherHead)).extracting((o) -> o.report().getId()).doesNotContain(report.getId());
	}

	@Test
	void theScheduledEscalationIsConfiguredAndLockedForOneNodeAtATime() {
		assertThat(this.environment.getProperty("desabinaan.early-warning.escalation-cron")).isNotBlank();
		LockConfiguration config = new LockConfiguration(Instant.now(), "triage-test-" + System.nanoTime(),
				java.time.Duration.ofMinutes(5), java.time.Duration.ZERO);
		Optional<SimpleLock> first = this.locks.lock(config);
		Optional<SimpleLock> second = this.locks.lock(config);
		assertThat(first).isPresent();
		assertThat(second).isEmpty();
		first.get().unlock();
		Optional<SimpleLock> again = this.locks.lock(config);
		assertThat(again).isPresent();
		again.get().unlock();
	}

}
