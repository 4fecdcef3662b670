package id.desabinaan.earlywarning.subject;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored subjects. */
public interface Subjects extends JpaRepository<Subject, Long> {

	Optional<Subject> findByKindAndNormalisedKey(SubjectKind kind, String normalisedKey);

	List<Subject> findByKindAndBlockKey(SubjectKind kind, String blockKey);

}
