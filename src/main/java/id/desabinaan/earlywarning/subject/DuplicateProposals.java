package id.desabinaan.earlywarning.subject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Proposed, merged and rejected pairs of likely duplicate reports. */
public interface DuplicateProposals extends JpaRepository<DuplicateProposal, Long> {

	Optional<DuplicateProposal> findByReportAAndReportB(long reportA, long reportB);

	List<DuplicateProposal> findByStatusAndOfficeIdInOrderByScoreDescIdAsc(DuplicateStatus status,
			Collection<Long> officeIds);

	List<DuplicateProposal> findByReportAOrReportBOrderByIdDesc(long reportA, long reportB);

}
