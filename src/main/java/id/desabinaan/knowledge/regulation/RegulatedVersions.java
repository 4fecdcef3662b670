package id.desabinaan.knowledge.regulation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** Versions of one kind of regulated data. The tables are small: read whole. */
@NoRepositoryBean
interface RegulatedVersions<T extends RegulatedVersion> extends JpaRepository<T, Long> {

	/** Every version, withdrawn ones included, oldest first. */
	List<T> findAllByOrderById();

}
