package id.desabinaan.village.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfficerAppointments extends JpaRepository<OfficerAppointment, Long> {

	@Query("""
			select a from OfficerAppointment a
			where a.partnerVillageId = :village and a.startDate <= :on and (a.endDate is null or a.endDate >= :on)
			order by a.startDate, a.id""")
	List<OfficerAppointment> inForceInVillage(@Param("village") long villageId, @Param("on") LocalDate on);

	@Query("""
			select a from OfficerAppointment a
			where a.accountId = :account and a.startDate <= :on and (a.endDate is null or a.endDate >= :on)
			order by a.startDate, a.id""")
	List<OfficerAppointment> inForceOfAccount(@Param("account") long accountId, @Param("on") LocalDate on);

	@Query("""
			select a from OfficerAppointment a
			where a.officeId = :office and a.startDate <= :on and (a.endDate is null or a.endDate >= :on)
			order by a.startDate, a.id""")
	List<OfficerAppointment> inForceInOffice(@Param("office") long officeId, @Param("on") LocalDate on);

	@Query("""
			select count(a) > 0 from OfficerAppointment a
			where a.accountId = :account and a.partnerVillageId = :village
			  and a.startDate <= :on and (a.endDate is null or a.endDate >= :on)""")
	boolean inForce(@Param("account") long accountId, @Param("village") long villageId, @Param("on") LocalDate on);

	List<OfficerAppointment> findByPartnerVillageIdOrderByStartDateDescIdDesc(long villageId);

	List<OfficerAppointment> findByPartnerVillageIdAndAccountId(long villageId, long accountId);

	List<OfficerAppointment> findByPartnerVillageIdInAndEndDateIsNull(Collection<Long> villageIds);

	List<OfficerAppointment> findByPartnerVillageIdAndEndDateIsNull(long villageId);

}
