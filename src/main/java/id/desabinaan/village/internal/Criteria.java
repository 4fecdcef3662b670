package id.desabinaan.village.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Criteria extends JpaRepository<Criterion, String> {

	List<Criterion> findAllByOrderByPositionAscCodeAsc();

}
