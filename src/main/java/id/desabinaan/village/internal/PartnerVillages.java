package id.desabinaan.village.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import id.desabinaan.shared.NotFoundException;

interface PartnerVillages extends JpaRepository<PartnerVillage, Long> {

	Optional<PartnerVillage> findByVerificationCode(String code);

	boolean existsByVillageCodeAndStateNot(String villageCode, DesignationState state);

	List<PartnerVillage> findByVillageCodeOrderByIdDesc(String villageCode);

	List<PartnerVillage> findByStateInOrderByVillageCode(Collection<DesignationState> states);

	List<PartnerVillage> findAllByOrderByVillageCode();

	/** The designation with this id, or a 404. */
	default PartnerVillage require(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("village.designation.notFound", id));
	}

}
