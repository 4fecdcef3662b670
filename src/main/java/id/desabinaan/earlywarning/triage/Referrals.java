package id.desabinaan.earlywarning.triage;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored referrals. */
interface Referrals extends JpaRepository<Referral, Long> {

	List<Referral> findByReportIdOrderByIdAsc(long reportId);

	Optional<Referral> findByIdAndReportId(long id, long reportId);

}
