package id.desabinaan.earlywarning.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The trail entries of reports. */
public interface ReportEntries extends JpaRepository<ReportEntry, Long> {

	List<ReportEntry> findByReportIdOrderBySeqAsc(long reportId);

	Optional<ReportEntry> findFirstByReportIdOrderBySeqDesc(long reportId);

}
