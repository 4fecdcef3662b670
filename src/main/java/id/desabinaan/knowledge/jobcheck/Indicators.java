package id.desabinaan.knowledge.jobcheck;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The warning signs with their versions. */
interface Indicators extends Repository<Indicator, Long> {

	Indicator save(Indicator indicator);

	Indicator saveAndFlush(Indicator indicator);

	@Query("select distinct i from Indicator i left join fetch i.versions order by i.position, i.code")
	List<Indicator> findAllWithVersions();

	@Query("select i from Indicator i left join fetch i.versions where i.code = :code")
	Optional<Indicator> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select coalesce(max(i.position), 0) from Indicator i")
	int maxPosition();

}
