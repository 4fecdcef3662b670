package id.desabinaan.earlywarning.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Stored reports. Read them for a user only through {@link ReportAccess}. */
public interface Reports extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

	Optional<Report> findByReceiptCode(String receiptCode);

	Optional<Report> findBySubmissionKey(String submissionKey);

}
