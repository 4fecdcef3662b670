package id.desabinaan.village.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeDelegations extends JpaRepository<ProgrammeDelegation, Long> {

	boolean existsByAccountIdAndOfficeIdAndRevokedAtIsNull(long accountId, long officeId);

	List<ProgrammeDelegation> findByOfficeIdOrderByGrantedAtDescIdDesc(long officeId);

}
