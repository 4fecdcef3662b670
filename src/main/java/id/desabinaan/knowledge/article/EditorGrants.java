package id.desabinaan.knowledge.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditorGrants extends JpaRepository<EditorGrant, Long> {

	Optional<EditorGrant> findFirstByAccountIdAndOfficeIdAndRevokedAtIsNull(long accountId, long officeId);

	List<EditorGrant> findByRevokedAtIsNullOrderByGrantedAtDesc();

	List<EditorGrant> findByOfficeIdInAndRevokedAtIsNullOrderByGrantedAtDesc(Collection<Long> officeIds);

}
