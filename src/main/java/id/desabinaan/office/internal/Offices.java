package id.desabinaan.office.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import id.desabinaan.office.OfficeLevel;

/**
 * The office registry. No delete: offices are retired.
 */
public interface Offices extends Repository<Office, Long> {

	Office save(Office office);

	Office saveAndFlush(Office office);

	Optional<Office> findById(long id);

	Optional<Office> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByLevel(OfficeLevel level);

	/** Every office as a light row for the directory snapshot. */
	@Query("select o.id, o.code, o.name, o.level, o.parent.id, o.timeZone, o.active from Office o")
	List<Object[]> snapshotNodes();

	/** Every working-area entry as (regency code, office id). */
	@Query("select w, o.id from Office o join o.workingArea w")
	List<Object[]> snapshotWorkingAreas();

	/**
	 * Changes whenever an office is added or changed (the version grows on every update,
	 * working-area changes included), so a cached snapshot knows it is stale.
	 */
	@Query("select count(o) * 1000003 + coalesce(sum(o.version), 0) from Office o")
	long snapshotStamp();

	/** The office whose working area holds this kabupaten/kota, if any. */
	@Query("select o from Office o join o.workingArea w where w = :regencyCode")
	Optional<Office> findServing(String regencyCode);

}
