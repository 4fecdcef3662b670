package id.desabinaan.earlywarning.subject;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Links between reports and the subjects they name. */
public interface ReportSubjectLinks extends JpaRepository<ReportSubjectLink, Long> {

	List<ReportSubjectLink> findByReportIdOrderById(long reportId);

	List<ReportSubjectLink> findByReportIdIn(Collection<Long> reportIds);

	List<ReportSubjectLink> findBySubjectIdIn(Collection<Long> subjectIds);

	boolean existsByReportIdAndSubjectIdAndFieldKey(long reportId, long subjectId, String fieldKey);

}
