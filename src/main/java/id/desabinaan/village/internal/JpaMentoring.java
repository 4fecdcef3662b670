package id.desabinaan.village.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.village.AppointedOfficer;
import id.desabinaan.village.Mentoring;

@Component
@Transactional(readOnly = true)
class JpaMentoring implements Mentoring {

	private final OfficerAppointments appointments;

	private final AccountDirectory accounts;

	JpaMentoring(OfficerAppointments appointments, AccountDirectory accounts) {
		this.appointments = appointments;
		this.accounts = accounts;
	}

	@Override
	public List<AppointedOfficer> officersOf(long villageId, LocalDate on) {
		List<OfficerAppointment> inForce = this.appointments.inForceInVillage(villageId, on);
		Map<Long, AccountSummary> names = this.accounts
			.findAll(inForce.stream().map(OfficerAppointment::getAccountId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		return inForce.stream()
			.map((appointment) -> new AppointedOfficer(appointment.getAccountId(),
					names.get(appointment.getAccountId()).displayName(), appointment.getPublicContact(),
					appointment.getStartDate(), appointment.getEndDate()))
			.toList();
	}

	@Override
	public Set<Long> villagesOf(long accountId, LocalDate on) {
		return this.appointments.inForceOfAccount(accountId, on)
			.stream()
			.map(OfficerAppointment::getPartnerVillageId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public boolean mentors(long accountId, long villageId, LocalDate on) {
		return this.appointments.inForce(accountId, villageId, on);
	}

}
