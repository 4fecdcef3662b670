package id.desabinaan.knowledge.jobcheck;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Every version of the risk thresholds. */
interface ThresholdVersions extends Repository<ThresholdVersion, Long> {

	ThresholdVersion save(ThresholdVersion version);

	ThresholdVersion saveAndFlush(ThresholdVersion version);

	List<ThresholdVersion> findAllByOrderByNumber();

	long count();

	void delete(ThresholdVersion version);

}
