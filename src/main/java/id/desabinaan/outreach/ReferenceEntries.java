package id.desabinaan.outreach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceEntries extends JpaRepository<ReferenceEntry, Long> {

	List<ReferenceEntry> findByKindOrderByPositionAscIdAsc(ReferenceKind kind);

	Optional<ReferenceEntry> findByKindAndCode(ReferenceKind kind, String code);

	boolean existsByKindAndCode(ReferenceKind kind, String code);

}
