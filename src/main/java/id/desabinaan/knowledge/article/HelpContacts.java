package id.desabinaan.knowledge.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelpContacts extends JpaRepository<HelpContact, Long> {

	List<HelpContact> findAllByOrderByPositionAscIdAsc();

	List<HelpContact> findByActiveTrueOrderByPositionAscIdAsc();

	Optional<HelpContact> findByCode(String code);

	boolean existsByCode(String code);

	/** Changes whenever any contact changes (for caching headers). */
	@Query("select count(c), max(coalesce(c.changedAt, c.createdAt)) from HelpContact c")
	List<Object[]> stamp();

}
