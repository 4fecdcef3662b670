package id.desabinaan.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import id.desabinaan.shared.Role;

/** The per-role security settings; one row per role, seeded by the migration. */
interface SecurityPolicies extends Repository<SecurityPolicy, Role> {

	Optional<SecurityPolicy> findById(Role role);

	List<SecurityPolicy> findAll();

}
