package id.desabinaan.village.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.internal.PartnerVillage.Decree;
import id.desabinaan.village.internal.PartnerVillage.Guest;

/**
 * Demo partner villages in Central Java, after the demo offices: Desa Pakuncen (the
 * reference case) and six more. Idempotent by village: a village with any designation is
 * left alone. Officers and activities come with a later slice.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoVillages implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVillages.class);

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final String PAKUNCEN = "33.07.06.2009";

	static final List<Demo> VILLAGES = List.of(
			new Demo(PAKUNCEN, List.of(SelectionCriterion.MANY_ABROAD, SelectionCriterion.PAST_TPPO),
					"Kasus TPPO warga desa pada 2022; banyak warga bekerja di luar negeri.",
					"W13.IMI.IMI.5-GR.01.01-0311", LocalDate.of(2024, 3, 7),
					"Kepala Kantor Imigrasi Kelas II Non TPI Wonosobo", "Hotel Front One Harvest Wonosobo",
					List.of(new Guest("Kepala Seksi Dokumen Perjalanan", "Kantor Imigrasi Wonosobo"),
							new Guest("Kepala Desa Pakuncen", "Pemerintah Desa Pakuncen")),
					false),
			new Demo("33.07.01.2001", List.of(SelectionCriterion.MANY_ABROAD), null, "W13.IMI.IMI.5-GR.01.01-0522",
					LocalDate.of(2024, 6, 12), "Kepala Kantor Imigrasi Kelas II Non TPI Wonosobo",
					"Balai Desa Kaligowong", List.of(), false),
			new Demo("33.07.06.2001", List.of(SelectionCriterion.MANY_ABROAD, SelectionCriterion.POVERTY), null,
					"W13.IMI.IMI.5-GR.01.01-0918", LocalDate.of(2024, 10, 2),
					"Kepala Kantor Imigrasi Kelas II Non TPI Wonosobo", "Balai Desa Kecis", List.of(), false),
			new Demo("33.23.01.2001", List.of(SelectionCriterion.MANY_ABROAD), null, "W13.IMI.IMI.5-GR.01.01-0214",
					LocalDate.of(2025, 2, 18), "Kepala Kantor Imigrasi Kelas II Non TPI Wonosobo",
					"Pendopo Kecamatan Bulu", List.of(), false),
			new Demo("33.23.02.2001", List.of(SelectionCriterion.MANY_ABROAD, SelectionCriterion.PAST_TPPO), null,
					"W13.IMI.IMI.5-GR.01.01-0705", LocalDate.of(2025, 7, 9),
					"Kepala Kantor Imigrasi Kelas II Non TPI Wonosobo", "Balai Desa Tembarak", List.of(), false),
			new Demo("33.01.01.2001", List.of(SelectionCriterion.BORDER_TRANSIT, SelectionCriterion.MANY_ABROAD), null,
					"W13.IMI.IMI.3-GR.01.01-0415", LocalDate.of(2024, 4, 25),
					"Kepala Kantor Imigrasi Kelas II TPI Cilacap", "Balai Desa Tambakreja", List.of(), false),
			new Demo("33.01.02.2001", List.of(SelectionCriterion.MANY_ABROAD), null, "W13.IMI.IMI.3-GR.01.01-1107",
					LocalDate.of(2024, 11, 20), "Kepala Kantor Imigrasi Kelas II TPI Cilacap", "Balai Desa Menganti",
					List.of(), true));

	private final PartnerVillages villages;

	private final OfficeDirectory offices;

	private final TransactionTemplate transactions;

	DemoVillages(PartnerVillages villages, OfficeDirectory offices, TransactionTemplate transactions) {
		this.villages = villages;
		this.offices = offices;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> VILLAGES.forEach(this::ensure));
	}

	private void ensure(Demo demo) {
		if (!this.villages.findByVillageCodeOrderByIdDesc(demo.code()).isEmpty()) {
			return;
		}
		Optional<OfficeSummary> office = this.offices.servingOffice(RegionCode.of(demo.code()));
		if (office.isEmpty()) {
			log.warn("Demo partner village {} not created: no serving office", demo.code());
			return;
		}
		Instant designated = demo.decreeDate().atTime(10, 0).atZone(WIB).toInstant();
		PartnerVillage village = PartnerVillage.propose(RegionCode.of(demo.code()), office.get().id(), demo.criteria(),
				null, demo.note(), "demo", designated.minusSeconds(30L * 24 * 3600));
		village.designate(new Decree(demo.decreeNumber(), demo.decreeDate(), demo.signingOfficial(), demo.decreeDate(),
				demo.ceremonyPlace(), demo.guests()), "demo", designated);
		if (demo.suspended()) {
			LocalDate date = demo.decreeDate().plusMonths(10);
			village.suspend("Perangkat desa berganti; menunggu penunjukan penghubung baru.", date, "demo",
					date.atTime(9, 0).atZone(WIB).toInstant());
		}
		this.villages.saveAndFlush(village);
		log.info("Demo partner village {} created", demo.code());
	}

	record Demo(String code, List<String> criteria, String note, String decreeNumber, LocalDate decreeDate,
			String signingOfficial, String ceremonyPlace, List<Guest> guests, boolean suspended) {
	}

}
