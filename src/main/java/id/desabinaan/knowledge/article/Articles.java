package id.desabinaan.knowledge.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Articles extends JpaRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Published articles with their published version, national and local. */
	@Query("select a from Article a join fetch a.publishedVersion v order by v.titleId")
	List<Article> findPublished();

	@Query("select a from Article a join fetch a.publishedVersion v where a.slug = ?1")
	Optional<Article> findPublishedBySlug(String slug);

	List<Article> findAllByOrderBySlug();

	/**
	 * The published version of every published article with the article's latest change:
	 * what the index page depends on, without loading the articles.
	 */
	@Query("select v.id, coalesce(a.changedAt, a.createdAt) from Article a join a.publishedVersion v order by v.id")
	List<Object[]> publishedStamps();

}
