package id.desabinaan.earlywarning.queue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored weekly returns. */
interface WeeklyReturns extends JpaRepository<WeeklyReturn, Long> {

	Optional<WeeklyReturn> findByVillageCodeAndWeekYearAndWeekNumber(String villageCode, int weekYear, int weekNumber);

	List<WeeklyReturn> findTop12ByVillageCodeOrderByWeekStartDesc(String villageCode);

	/** The latest week start with a return, per village. */
	@Query("select w.villageCode, max(w.weekStart) from WeeklyReturn w where w.villageCode in :codes group by w.villageCode")
	List<Object[]> latestWeekStarts(Collection<String> codes);

	/** Villages with a return for a week ending on or after the day. */
	@Query("select distinct w.villageCode from WeeklyReturn w where w.villageCode in :codes and w.weekStart >= :start")
	List<String> villagesWithReturnSince(Collection<String> codes, LocalDate start);

}
