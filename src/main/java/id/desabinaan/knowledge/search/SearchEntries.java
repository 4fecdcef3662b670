package id.desabinaan.knowledge.search;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchEntries extends JpaRepository<SearchEntry, Long> {

	List<SearchEntry> findByKind(String kind);

	List<SearchEntry> findByKindAndSourceKey(String kind, String sourceKey);

}
