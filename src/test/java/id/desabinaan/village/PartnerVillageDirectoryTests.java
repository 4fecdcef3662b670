package id.desabinaan.village;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * Other modules read partner villages through the directory, with the village module's
 * scope rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerVillageDirectoryTests {

	static final RegionCode PAKUNCEN = RegionCode.of("33.07.06.2009");

	@Autowired
	PartnerVillageDirectory directory;

	@Autowired
	OfficeDirectory offices;

	long office(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

	@Test
	void findsPakuncenAsADesignatedVillageOfKanimWonosobo() {
		PartnerVillageSummary pakuncen = this.directory.findByCode(PAKUNCEN).orElseThrow();
		assertThat(pakuncen.name()).isEqualToIgnoringCase("Pakuncen");
		assertThat(pakuncen.fullName()).containsIgnoringCase("Wonosobo");
		assertThat(pakuncen.officeId()).isEqualTo(office("KANIM-WONOSOBO"));
		assertThat(pakuncen.active()).isTrue();
		assertThat(this.directory.find(pakuncen.id())).contains(pakuncen);
	}

	@Test
	void theServingOfficeItsKanwilAndTheNationalScopeCoverPakuncenButAnotherKanimDoesNot() {
		long id = this.directory.findByCode(PAKUNCEN).orElseThrow().id();
		assertThat(this.directory.covers(Scope.office(office("KANIM-WONOSOBO")), id)).isTrue();
		assertThat(this.directory.covers(Scope.regional(office("KANWIL-JATENG")), id)).isTrue();
		assertThat(this.directory.covers(Scope.national(), id)).isTrue();
		assertThat(this.directory.covers(Scope.office(office("KANIM-SEMARANG")), id)).isFalse();
		assertThat(this.directory.covers(Scope.regional(office("KANWIL-DIY")), id)).isFalse();
	}

	@Test
	void aVillageScopeCoversOnlyItsOwnVillage() {
		assertThat(this.directory.coveredBy(Scope.village(PAKUNCEN.value()))).extracting(PartnerVillageSummary::code)
			.containsExactly(PAKUNCEN);
	}

	@Test
	void anOfficeSeesOnlyTheVillagesItDesignated() {
		long wonosobo = office("KANIM-WONOSOBO");
		assertThat(this.directory.coveredBy(Scope.office(wonosobo))).isNotEmpty()
			.allSatisfy((village) -> assertThat(village.officeId()).isEqualTo(wonosobo))
			.extracting(PartnerVillageSummary::code)
			.contains(PAKUNCEN);
		assertThat(this.directory.coveredBy(Scope.office(office("KANIM-YOGYAKARTA"))))
			.noneMatch((village) -> village.code().equals(PAKUNCEN));
	}

	@Test
	void anUnknownVillageIsNotFound() {
		assertThat(this.directory.find(-1)).isEmpty();
		assertThat(this.directory.findByCode(RegionCode.of("33.07.06.2999"))).isEmpty();
		assertThat(this.directory.covers(Scope.national(), -1)).isFalse();
	}

}
