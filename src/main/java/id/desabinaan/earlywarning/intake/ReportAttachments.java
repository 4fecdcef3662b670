package id.desabinaan.earlywarning.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored attachments of reports. */
public interface ReportAttachments extends JpaRepository<ReportAttachment, Long> {

	List<ReportAttachment> findByReportIdOrderByPositionAsc(long reportId);

	Optional<ReportAttachment> findByReportIdAndFileKey(long reportId, String fileKey);

}
