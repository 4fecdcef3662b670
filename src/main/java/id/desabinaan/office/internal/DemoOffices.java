package id.desabinaan.office.internal;

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

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.office.internal.Office.Kanim;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.RuleViolationException;

/**
 * Demo offices for the demo profile: the directorate, Kanwil Jawa Tengah with six Kanim
 * covering all 35 kabupaten/kota of the province (Kanim Wonosobo with its UKK in
 * Kabupaten Magelang), and Kanwil DI Yogyakarta with Kanim Yogyakarta, so that scope
 * checks have an office outside Central Java. Runs after the region import (which has the
 * highest precedence) and is idempotent by office code: an existing office is left as it
 * is, so edits made in the demo survive a restart.
 *
 * <p>
 * Kanim Wonosobo's working area (33.07, 33.23, 33.08, 33.71, 33.06) is the real one
 * (DOMAIN.md). The other working areas are demo approximations, and addresses are given
 * only to the precision we could check (phone numbers and e-mail are left empty rather
 * than invented): verify both against the Ditjen Imigrasi directory before real use.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoOffices implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOffices.class);

	private static final String WIB = OfficeTimeZone.WIB.zoneId();

	static final List<Demo> OFFICES = List.of(
			new Demo("DITJEN", "Direktorat Jenderal Imigrasi", OfficeLevel.NATIONAL, null, Kanim.NONE,
					"Jl. H.R. Rasuna Said Kav. X-6 No. 8, Kuningan, Jakarta Selatan", null, List.of()),
			new Demo("KANWIL-JATENG", "Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah", OfficeLevel.REGIONAL,
					"DITJEN", Kanim.NONE, "Semarang, Jawa Tengah", null, List.of()),
			new Demo("KANIM-WONOSOBO", "Kantor Imigrasi Kelas II Non TPI Wonosobo", OfficeLevel.OFFICE, "KANWIL-JATENG",
					new Kanim(OfficeClass.II, false), "Jl. Raya Banyumas Km. 5,5, Selomerto, Wonosobo, Jawa Tengah",
					null, List.of("33.07", "33.23", "33.08", "33.71", "33.06")),
			new Demo("UKK-MAGELANG", "Unit Kerja Kantor Imigrasi Wonosobo di Kabupaten Magelang",
					OfficeLevel.SUB_OFFICE, "KANIM-WONOSOBO", Kanim.NONE, "Kabupaten Magelang, Jawa Tengah", "33.08",
					List.of()),
			// demo approximation of the working area
			new Demo("KANIM-SEMARANG", "Kantor Imigrasi Kelas I TPI Semarang", OfficeLevel.OFFICE, "KANWIL-JATENG",
					new Kanim(OfficeClass.I, true), "Jl. Siliwangi No. 514, Semarang, Jawa Tengah", null,
					List.of("33.74", "33.22", "33.24", "33.21", "33.73")),
			// demo approximation of the working area
			new Demo("KANIM-SURAKARTA", "Kantor Imigrasi Kelas I Non TPI Surakarta", OfficeLevel.OFFICE,
					"KANWIL-JATENG", new Kanim(OfficeClass.I, false), "Surakarta, Jawa Tengah", null,
					List.of("33.72", "33.09", "33.10", "33.11", "33.12", "33.13", "33.14")),
			// demo approximation of the working area
			new Demo("KANIM-CILACAP", "Kantor Imigrasi Kelas II TPI Cilacap", OfficeLevel.OFFICE, "KANWIL-JATENG",
					new Kanim(OfficeClass.II, true), "Cilacap, Jawa Tengah", null,
					List.of("33.01", "33.02", "33.03", "33.04", "33.05")),
			// demo approximation of the working area
			new Demo("KANIM-PATI", "Kantor Imigrasi Kelas II Non TPI Pati", OfficeLevel.OFFICE, "KANWIL-JATENG",
					new Kanim(OfficeClass.II, false), "Pati, Jawa Tengah", null,
					List.of("33.18", "33.15", "33.16", "33.17", "33.19", "33.20")),
			// demo approximation of the working area
			new Demo("KANIM-PEMALANG", "Kantor Imigrasi Kelas II Non TPI Pemalang", OfficeLevel.OFFICE, "KANWIL-JATENG",
					new Kanim(OfficeClass.II, false), "Pemalang, Jawa Tengah", null,
					List.of("33.27", "33.25", "33.26", "33.28", "33.29", "33.75", "33.76")),
			new Demo("KANWIL-DIY", "Kantor Wilayah Direktorat Jenderal Imigrasi Daerah Istimewa Yogyakarta",
					OfficeLevel.REGIONAL, "DITJEN", Kanim.NONE, "Yogyakarta", null, List.of()),
			// demo approximation of the working area
			new Demo("KANIM-YOGYAKARTA", "Kantor Imigrasi Kelas I TPI Yogyakarta", OfficeLevel.OFFICE, "KANWIL-DIY",
					new Kanim(OfficeClass.I, true), "Jl. Solo Km. 10, Maguwoharjo, Sleman, DI Yogyakarta", null,
					List.of("34.71", "34.04", "34.02", "34.01", "34.03")));

	private final Offices offices;

	private final RegionDirectory regions;

	private final TransactionTemplate transactions;

	DemoOffices(Offices offices, RegionDirectory regions, TransactionTemplate transactions) {
		this.offices = offices;
		this.regions = regions;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> OFFICES.forEach(this::ensure));
	}

	private void ensure(Demo demo) {
		if (this.offices.existsByCode(demo.code())) {
			return;
		}
		try {
			create(demo);
		}
		catch (InvalidInputException | RuleViolationException ex) {
			// the demo data was edited in a way that no longer fits (e.g. the UKK's
			// regency
			// left Kanim Wonosobo's working area): keep starting, say what was skipped
			log.warn("Demo office {} not created: {}", demo.code(), ex.getMessage());
		}
	}

	private void create(Demo demo) {
		Office parent = (demo.parentCode() != null) ? this.offices.findByCode(demo.parentCode()).orElse(null) : null;
		Office office = new Office(demo.code(), demo.name(), demo.level(), parent, demo.kanim(), WIB,
				new Contact(demo.address(), null, null), demo.location());
		if (demo.level() == OfficeLevel.OFFICE) {
			List<String> free = demo.workingArea().stream().filter(this::isFree).toList();
			office.replaceWorkingArea(free, this::isRegency, (code) -> Optional.empty());
		}
		this.offices.saveAndFlush(office);
		log.info("Demo office {} created", demo.code());
	}

	private boolean isFree(String regencyCode) {
		Optional<Office> holder = this.offices.findServing(regencyCode);
		holder.ifPresent((other) -> log.warn("Demo working area {} already belongs to {}; left there", regencyCode,
				other.getCode()));
		return holder.isEmpty();
	}

	private boolean isRegency(String code) {
		return this.regions.find(RegionCode.of(code)).filter((r) -> r.level() == RegionLevel.REGENCY).isPresent();
	}

	record Demo(String code, String name, OfficeLevel level, String parentCode, Kanim kanim, String address,
			String location, List<String> workingArea) {
	}

}
