package id.desabinaan.earlywarning.triage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import id.desabinaan.earlywarning.ReportState;

/** Stored escalations of overdue reports. */
interface Escalations extends JpaRepository<Escalation, Long> {

	boolean existsByReportIdAndStateAndStateEnteredOn(long reportId, ReportState state,
			java.time.LocalDate stateEnteredOn);

	Optional<Escalation> findByReportIdAndStateAndStateEnteredOn(long reportId, ReportState state,
			java.time.LocalDate stateEnteredOn);

	List<Escalation> findByReportIdIn(Collection<Long> reportIds);

	List<Escalation> findByReportIdOrderByIdAsc(long reportId);

}
