package id.desabinaan.village.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;

/**
 * Demo officers and liaisons for the demo partner villages, after the demo villages:
 * <ul>
 * <li>staf.wonosobo mentored Pakuncen from March 2024 until the rotation of 14 October
 * 2024 handed it to pimpasa.wonosobo (history), and mentors Bulu (Temanggung) since
 * February 2025;</li>
 * <li>pimpasa.wonosobo mentors Pakuncen, Kaligowong and Kecis by the SK of 14 October
 * 2024;</li>
 * <li>every demo village has liaisons, Pakuncen a kepala desa, a sekretaris desa (linked
 * to the desa.pakuncen account), a duta imigrasi and a former one.</li>
 * </ul>
 * Names are invented; phone numbers are in the unused 0812-0000 range. Idempotent:
 * appointments are made only when Pakuncen has none, liaisons only for a village that has
 * none.
 */
@Component
@Order(310)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoOfficers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

	static final String PAKUNCEN = DemoVillages.PAKUNCEN;

	static final String KALIGOWONG = "33.07.01.2001";

	static final String KECIS = "33.07.06.2001";

	static final String BULU = "33.23.01.2001";

	static final AppointmentDecree FIRST_SK = new AppointmentDecree("W13.IMI.IMI.5-KP.03.01-0318",
			LocalDate.of(2024, 3, 18));

	static final AppointmentDecree ROTATION_SK = new AppointmentDecree("W13.IMI.IMI.5-KP.03.01-1014",
			LocalDate.of(2024, 10, 14));

	static final AppointmentDecree TEMANGGUNG_SK = new AppointmentDecree("W13.IMI.IMI.5-KP.03.01-0224",
			LocalDate.of(2025, 2, 24));

	/** The public contact of the PIMPASA desk: an office WhatsApp number (invented). */
	static final String PIMPASA_DESK = "+6281200003307";

	static final List<Liaison> LIAISONS = List.of(
			new Liaison(PAKUNCEN, LiaisonRole.VILLAGE_HEAD, "Sutrisno Hadi Wibowo", "0812-0000-0101",
					LocalDate.of(2019, 12, 20), LocalDate.of(2027, 12, 19), null, null),
			new Liaison(PAKUNCEN, LiaisonRole.VILLAGE_SECRETARY, "Tri Wahyuningsih", "0812-0000-0102",
					LocalDate.of(2021, 2, 1), null, null, "desa.pakuncen"),
			new Liaison(PAKUNCEN, LiaisonRole.IMMIGRATION_AMBASSADOR, "Dwi Lestari Rahayu", "0812-0000-0103",
					LocalDate.of(2025, 3, 10), null, null, null),
			new Liaison(PAKUNCEN, LiaisonRole.IMMIGRATION_AMBASSADOR, "Agus Setiawan", "0812-0000-0104",
					LocalDate.of(2024, 3, 7), LocalDate.of(2025, 3, 9), "Pindah domisili ke Semarang", null),
			new Liaison(KALIGOWONG, LiaisonRole.VILLAGE_HEAD, "Bambang Suryanto", "0812-0000-0201",
					LocalDate.of(2019, 12, 20), null, null, null),
			new Liaison(KALIGOWONG, LiaisonRole.IMMIGRATION_AMBASSADOR, "Siti Nurjanah", "0812-0000-0202",
					LocalDate.of(2024, 7, 1), null, null, null),
			new Liaison(KECIS, LiaisonRole.VILLAGE_HEAD, "Heru Purnomo", "0812-0000-0301", LocalDate.of(2019, 12, 20),
					null, null, null),
			new Liaison(KECIS, LiaisonRole.VILLAGE_OFFICER, "Endang Sulistyowati", "0812-0000-0302",
					LocalDate.of(2020, 6, 2), null, null, null),
			new Liaison(BULU, LiaisonRole.VILLAGE_HEAD, "Joko Priyanto", "0812-0000-0401", LocalDate.of(2020, 1, 10),
					null, null, null),
			new Liaison("33.23.02.2001", LiaisonRole.VILLAGE_HEAD, "Suparmi", "0812-0000-0501",
					LocalDate.of(2019, 11, 25), null, null, null),
			new Liaison("33.01.01.2001", LiaisonRole.VILLAGE_HEAD, "Wahyu Nugroho", "0812-0000-0601",
					LocalDate.of(2019, 12, 2), null, null, null),
			new Liaison("33.01.01.2001", LiaisonRole.IMMIGRATION_AMBASSADOR, "Rina Kusumawati", "0812-0000-0602",
					LocalDate.of(2024, 5, 13), null, null, null),
			new Liaison("33.01.02.2001", LiaisonRole.VILLAGE_HEAD, "Sugeng Rahardjo", "0812-0000-0701",
					LocalDate.of(2019, 12, 2), null, null, null));

	private final PartnerVillages villages;

	private final OfficerAppointments appointments;

	private final VillageLiaisons liaisons;

	private final AccountDirectory accounts;

	private final TransactionTemplate transactions;

	DemoOfficers(PartnerVillages villages, OfficerAppointments appointments, VillageLiaisons liaisons,
			AccountDirectory accounts, TransactionTemplate transactions) {
		this.villages = villages;
		this.appointments = appointments;
		this.liaisons = liaisons;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> {
			appointOfficers();
			LIAISONS.stream().map(Liaison::village).distinct().forEach(this::addLiaisons);
		});
	}

	private void appointOfficers() {
		Optional<PartnerVillage> pakuncen = designation(PAKUNCEN);
		Optional<AccountSummary> pimpasa = this.accounts.findByUsername("pimpasa.wonosobo");
		Optional<AccountSummary> staff = this.accounts.findByUsername("staf.wonosobo");
		if (pakuncen.isEmpty() || pimpasa.isEmpty() || staff.isEmpty()) {
			log.warn("Demo officers not appointed: Pakuncen or the Wonosobo demo accounts are missing");
			return;
		}
		if (!this.appointments.findByPartnerVillageIdOrderByStartDateDescIdDesc(pakuncen.get().getId()).isEmpty()) {
			return;
		}
		long office = pakuncen.get().getOfficeId();
		OfficerAppointment first = this.appointments.saveAndFlush(OfficerAppointment.of(pakuncen.get().getId(), office,
				staff.get().id(), FIRST_SK, FIRST_SK.date(), null, null));
		first.end(ROTATION_SK.date().minusDays(1), "rotation");
		this.appointments.save(first);
		this.appointments.save(OfficerAppointment.of(pakuncen.get().getId(), office, pimpasa.get().id(), ROTATION_SK,
				ROTATION_SK.date(), PIMPASA_DESK, first.getId()));
		for (String code : List.of(KALIGOWONG, KECIS)) {
			designation(code).ifPresent((village) -> this.appointments.save(OfficerAppointment.of(village.getId(),
					village.getOfficeId(), pimpasa.get().id(), ROTATION_SK, ROTATION_SK.date(), PIMPASA_DESK, null)));
		}
		designation(BULU).ifPresent((village) -> this.appointments.save(OfficerAppointment.of(village.getId(),
				village.getOfficeId(), staff.get().id(), TEMANGGUNG_SK, TEMANGGUNG_SK.date(), null, null)));
		this.appointments.flush();
		log.info("Demo PIMPASA appointments created");
	}

	private void addLiaisons(String code) {
		Optional<PartnerVillage> village = designation(code);
		if (village.isEmpty()
				|| !this.liaisons.findByPartnerVillageIdOrderByTermFromDescIdDesc(village.get().getId()).isEmpty()) {
			return;
		}
		for (Liaison demo : LIAISONS) {
			if (!demo.village().equals(code)) {
				continue;
			}
			VillageLiaison liaison = VillageLiaison.of(village.get().getId(), demo.role(), demo.name(), demo.phone(),
					demo.from(), demo.until());
			if (demo.endReason() != null) {
				liaison.endTerm(demo.until(), demo.endReason());
			}
			if (demo.account() != null) {
				this.accounts.findByUsername(demo.account())
					.filter((account) -> code.equals(account.scope().villageCode()))
					.ifPresent((account) -> liaison.linkAccount(account.id()));
			}
			this.liaisons.save(liaison);
		}
		this.liaisons.flush();
		log.info("Demo liaisons of {} created", code);
	}

	private Optional<PartnerVillage> designation(String code) {
		return this.villages.findByVillageCodeOrderByIdDesc(code)
			.stream()
			.filter((designation) -> designation.getState() != DesignationState.ENDED)
			.findFirst();
	}

	record Liaison(String village, LiaisonRole role, String name, String phone, LocalDate from, LocalDate until,
			String endReason, String account) {
	}

}
