package id.desabinaan.earlywarning.triage;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Demo triage (demo profile), after the intake's demo reports (order 600): of the reports
 * whose submission key starts with {@code demo-}, the first is assigned, the second is
 * under verification, the third verified and referred to the police, who accepted it, and
 * the fourth closed with a plain outcome. The office's head acts. Does nothing when there
 * are no demo reports, or when any of them was already triaged (a second start).
 */
@Component
@Order(610)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoTriage implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTriage.class);

	private final Reports reports;

	private final TriageService triage;

	private final AccountDirectory accounts;

	private final UserDetailsService users;

	DemoTriage(Reports reports, TriageService triage, AccountDirectory accounts, UserDetailsService users) {
		this.reports = reports;
		this.triage = triage;
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Report> demo = this.reports.findAll((root, query, cb) -> cb.like(root.get("submissionKey"), "demo-%"),
				Sort.by(Sort.Direction.ASC, "id"));
		if (demo.isEmpty() || demo.stream()
			.anyMatch((report) -> report.getState() != ReportState.RECEIVED || report.getAssignedTo() != null)) {
			return;
		}
		int step = 0;
		for (Report report : demo) {
			if (step > 3) {
				break;
			}
			Optional<CurrentUser> head = head(report.getOfficeId());
			List<AccountSummary> officers = this.triage.assignable(report);
			if (head.isEmpty() || officers.isEmpty()) {
				continue;
			}
			triage(step, report.getId(), head.get(),
					officer(officers, (step == 0) ? Role.PIMPASA : Role.INTEL_ANALYST));
			step++;
		}
		log.info("Demo triage applied to {} demo report(s)", step);
	}

	private void triage(int step, long id, CurrentUser head, AccountSummary officer) {
		this.triage.assign(head, id, officer.id(), null);
		if (step == 0) {
			return;
		}
		this.triage.move(head, id, ReportState.UNDER_VERIFICATION, "Laporan diperiksa oleh petugas intelijen.", null);
		if (step == 2) {
			this.triage.move(head, id, ReportState.VERIFIED,
					"Keterangan pelapor dikonfirmasi oleh perangkat desa dan PIMPASA.", null);
			Referral referral = this.triage.refer(head, id, PartnerKind.POLICE_TPPO_UNIT,
					"Unit PPA Satreskrim Polres Wonosobo",
					"Ringkasan laporan, nama dan nomor telepon perekrut, serta keterangan perangkat desa.", null);
			this.triage.answer(head, id, referral.getId(), PartnerAnswer.ACCEPTED, null);
		}
		else if (step == 3) {
			this.triage.close(head, id, ClosingReason.RESOLVED_BY_OUTREACH,
					"Petugas imigrasi sudah datang ke desa dan menjelaskan cara bekerja ke luar negeri secara aman. "
							+ "Terima kasih atas laporan Anda.",
					null);
		}
	}

	private Optional<CurrentUser> head(long officeId) {
		return this.accounts.staffOf(officeId, List.of(Role.OFFICE_HEAD))
			.stream()
			.findFirst()
			.map((account) -> (CurrentUser) this.users.loadUserByUsername(account.username()));
	}

	private static AccountSummary officer(List<AccountSummary> officers, Role preferred) {
		return officers.stream().filter((a) -> a.role() == preferred).findFirst().orElse(officers.get(0));
	}

}
