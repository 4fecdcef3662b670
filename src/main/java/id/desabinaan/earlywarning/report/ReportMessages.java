package id.desabinaan.earlywarning.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored messages of reports. */
public interface ReportMessages extends JpaRepository<ReportMessage, Long> {

	List<ReportMessage> findByReportIdOrderByIdAsc(long reportId);

}
