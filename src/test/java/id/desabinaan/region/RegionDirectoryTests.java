package id.desabinaan.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import id.desabinaan.shared.RegionCode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegionDirectoryTests {

	@Autowired
	RegionDirectory regions;

	@Test
	void findsPakuncenInSelomertoWithItsAncestorsNearestFirst() {
		RegionSummary pakuncen = this.regions.find(RegionCode.of("33.07.06.2009")).orElseThrow();

		assertThat(pakuncen.name()).isEqualTo("Pakuncen");
		assertThat(pakuncen.level()).isEqualTo(RegionLevel.VILLAGE);
		assertThat(pakuncen.kind()).isEqualTo("DESA");
		assertThat(pakuncen.path()).containsExactly("Selomerto", "Kabupaten Wonosobo", "Jawa Tengah");
		assertThat(String.join(", ", pakuncen.path())).containsSubsequence("Selomerto", "Wonosobo", "Jawa Tengah");
		assertThat(pakuncen.fullName()).isEqualTo("Pakuncen, Selomerto, Kabupaten Wonosobo, Jawa Tengah");
	}

	@Test
	void findsNothingForAnUnknownCode() {
		assertThat(this.regions.find(RegionCode.of("99.99.99.9999"))).isEmpty();
	}

	@Test
	void searchesCaseInsensitivelyAndFindsAllFiveVillagesNamedPakuncen() {
		List<RegionSummary> found = this.regions.search("PAKUNCEN", null, 20);

		assertThat(found).extracting(RegionSummary::code)
			.containsExactlyInAnyOrder("33.03.09.2008", "33.07.06.2009", "34.71.07.1001", "35.18.09.2008",
					"36.04.07.2009");
	}

	@Test
	void ranksWholeNameMatchesFirstThenVillagesBeforeHigherLevels() {
		List<RegionSummary> found = this.regions.search("selomerto", null, 20);

		// the kelurahan and the kecamatan are both called exactly Selomerto: the village
		// comes first
		assertThat(found).extracting(RegionSummary::code).startsWith("33.07.06.1008", "33.07.06");
		assertThat(found.get(0).level()).isEqualTo(RegionLevel.VILLAGE);
	}

	@Test
	void matchesRegencyNamesWithoutTheirKabupatenOrKotaPrefix() {
		List<RegionSummary> found = this.regions.search("wonosobo", RegionLevel.REGENCY, 5);

		assertThat(found).extracting(RegionSummary::code).containsExactly("33.07");
		assertThat(found.get(0).name()).isEqualTo("Kabupaten Wonosobo");
	}

	@Test
	void narrowsANameByAncestorsAfterAComma() {
		assertThat(this.regions.search("pakuncen, selomerto", null, 20)).extracting(RegionSummary::code)
			.containsExactly("33.07.06.2009");
		assertThat(this.regions.search("pakuncen, jawa tengah", null, 20)).extracting(RegionSummary::code)
			.containsExactlyInAnyOrder("33.03.09.2008", "33.07.06.2009");
	}

	@Test
	void searchesByCodePrefix() {
		assertThat(this.regions.search("33.07.06.20", RegionLevel.VILLAGE, 100)).extracting(RegionSummary::code)
			.contains("33.07.06.2009")
			.allMatch((code) -> code.startsWith("33.07.06.20"));
	}

	@Test
	void limitsAndFiltersByLevel() {
		assertThat(this.regions.search("an", RegionLevel.DISTRICT, 7)).hasSize(7)
			.allMatch((region) -> region.level() == RegionLevel.DISTRICT);
		assertThat(this.regions.search("   ", null, 10)).isEmpty();
	}

	@Test
	void listsChildrenOfEveryLevelAboveVillageInCodeOrder() {
		assertThat(this.regions.children(RegionCode.of("33"))).hasSize(35)
			.extracting(RegionSummary::code)
			.contains("33.07")
			.isSorted();
		assertThat(this.regions.children(RegionCode.of("33.07"))).extracting(RegionSummary::code)
			.contains("33.07.06")
			.isSorted();
		assertThat(this.regions.children(RegionCode.of("33.07.06"))).extracting(RegionSummary::code)
			.contains("33.07.06.2009")
			.isSorted()
			.allMatch((code) -> code.startsWith("33.07.06."));
		assertThat(this.regions.children(RegionCode.of("33.07.06.2009"))).isEmpty();
	}

	@Test
	void listsThe38Provinces() {
		assertThat(this.regions.provinces()).hasSize(38)
			.allMatch((province) -> province.level() == RegionLevel.PROVINCE && province.path().isEmpty());
	}

}
