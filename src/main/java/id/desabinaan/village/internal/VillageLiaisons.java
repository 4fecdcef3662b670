package id.desabinaan.village.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VillageLiaisons extends JpaRepository<VillageLiaison, Long> {

	List<VillageLiaison> findByPartnerVillageIdOrderByTermFromDescIdDesc(long villageId);

}
