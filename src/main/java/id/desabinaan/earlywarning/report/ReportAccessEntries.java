package id.desabinaan.earlywarning.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The access log of reports. */
public interface ReportAccessEntries extends JpaRepository<ReportAccessEntry, Long> {

	List<ReportAccessEntry> findByReportIdOrderByIdDesc(long reportId);

}
