package id.desabinaan.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.OfficeTree.Node;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * The coverage rules behind every role x scope check, on a small hierarchy:
 *
 * <pre>
 * 1 DITJEN
 * +- 10 KANWIL-A
 * |  +- 100 KANIM-A1  area 33.07, 33.08
 * |  |  +- 1000 UKK-A1          (in 33.08)
 * |  |  +- 1001 UKK-A1-OLD      retired
 * |  +- 101 KANIM-A2  area 33.74
 * |  +- 102 KANIM-A3  retired, area 33.99 (left over; must not serve)
 * +- 20 KANWIL-B
 *    +- 200 KANIM-B1  area 34.71
 * </pre>
 */
class OfficeTreeTests {

	static final String WIB = "Asia/Jakarta";

	final OfficeTree tree = new OfficeTree(List.of(node(1, "DITJEN", OfficeLevel.NATIONAL, null, true),
			node(10, "KANWIL-A", OfficeLevel.REGIONAL, 1L, true), node(20, "KANWIL-B", OfficeLevel.REGIONAL, 1L, true),
			node(100, "KANIM-A1", OfficeLevel.OFFICE, 10L, true), node(101, "KANIM-A2", OfficeLevel.OFFICE, 10L, true),
			node(102, "KANIM-A3", OfficeLevel.OFFICE, 10L, false), node(200, "KANIM-B1", OfficeLevel.OFFICE, 20L, true),
			node(1000, "UKK-A1", OfficeLevel.SUB_OFFICE, 100L, true),
			node(1001, "UKK-A1-OLD", OfficeLevel.SUB_OFFICE, 100L, false)),
			Map.of("33.07", 100L, "33.08", 100L, "33.74", 101L, "33.99", 102L, "34.71", 200L));

	static Node node(long id, String code, OfficeLevel level, Long parentId, boolean active) {
		return new Node(id, code, "Kantor " + code, level, parentId, WIB, active);
	}

	static RegionCode code(String value) {
		return RegionCode.of(value);
	}

	@Nested
	class ServingOffice {

		@ParameterizedTest(name = "{0} is served by office {1}")
		@CsvSource({ "33.07.06.2009, 100", "33.07.06, 100", "33.07, 100", "33.08.01.2001, 100", "33.74.01.1001, 101",
				"34.71, 200" })
		void findsTheKanimWhoseWorkingAreaHoldsTheRegency(String region, long kanim) {
			assertThat(OfficeTreeTests.this.tree.servingOffice(code(region))).map(Node::id).contains(kanim);
		}

		@Test
		void noKanimServesAProvince() {
			assertThat(OfficeTreeTests.this.tree.servingOffice(code("33"))).isEmpty();
		}

		@Test
		void noKanimServesARegencyOutsideEveryWorkingArea() {
			assertThat(OfficeTreeTests.this.tree.servingOffice(code("35.01.01.2001"))).isEmpty();
		}

		@Test
		void aRetiredKanimServesNothingEvenWithALeftOverArea() {
			assertThat(OfficeTreeTests.this.tree.servingOffice(code("33.99.01.2001"))).isEmpty();
		}

	}

	@Nested
	class Hierarchy {

		@Test
		void aKanwilHasItsKanimAndTheirSubOfficesBelowIt() {
			assertThat(OfficeTreeTests.this.tree.selfAndDescendants(10)).containsExactlyInAnyOrder(10L, 100L, 101L,
					102L, 1000L, 1001L);
		}

		@Test
		void aKanimHasItsSubOfficesBelowIt() {
			assertThat(OfficeTreeTests.this.tree.selfAndDescendants(100)).containsExactlyInAnyOrder(100L, 1000L, 1001L);
		}

		@Test
		void aSubOfficeHasOnlyItself() {
			assertThat(OfficeTreeTests.this.tree.selfAndDescendants(1000)).containsExactly(1000L);
		}

		@Test
		void anUnknownOfficeHasNothingBelowIt() {
			assertThat(OfficeTreeTests.this.tree.selfAndDescendants(999)).isEmpty();
		}

		@ParameterizedTest(name = "{0} within {1}: {2}")
		@CsvSource({ "1000, 1000, true", "1000, 100, true", "1000, 10, true", "1000, 1, true", "100, 10, true",
				"200, 10, false", "10, 100, false", "1, 10, false", "101, 100, false", "999, 1, false",
				"100, 999, false" })
		void knowsWhetherAnOfficeLiesWithinAnother(long office, long ancestor, boolean within) {
			assertThat(OfficeTreeTests.this.tree.isWithin(office, ancestor)).isEqualTo(within);
		}

		@Test
		void aWorkingAreaIsSortedAndOnlyKanimHaveOne() {
			assertThat(OfficeTreeTests.this.tree.workingArea(100)).containsExactly("33.07", "33.08");
			assertThat(OfficeTreeTests.this.tree.workingArea(10)).isEmpty();
			assertThat(OfficeTreeTests.this.tree.workingArea(1000)).isEmpty();
		}

		@Test
		void listsActiveOfficesByLevelThenName() {
			assertThat(OfficeTreeTests.this.tree.active()).extracting(Node::code)
				.containsExactly("DITJEN", "KANWIL-A", "KANWIL-B", "KANIM-A1", "KANIM-A2", "KANIM-B1", "UKK-A1");
		}

		@Test
		void findsAnOfficeByItsCode() {
			assertThat(OfficeTreeTests.this.tree.findByCode("KANIM-B1")).map(Node::id).contains(200L);
			assertThat(OfficeTreeTests.this.tree.findByCode("KANIM-XX")).isEmpty();
		}

	}

	@Nested
	class OfficeCoverage {

		@ParameterizedTest(name = "national covers {0}")
		@CsvSource({ "1", "10", "20", "100", "102", "200", "1000", "1001" })
		void nationalCoversEveryOffice(long office) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.national(), office)).isTrue();
		}

		@Test
		void nationalDoesNotCoverAnUnknownOffice() {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.national(), 999)).isFalse();
		}

		@ParameterizedTest(name = "Kanwil A covers {0}: {1}")
		@CsvSource({ "10, true", "100, true", "101, true", "102, true", "1000, true", "1001, true", "1, false",
				"20, false", "200, false" })
		void aKanwilCoversItselfAndEveryOfficeBelowIt(long office, boolean covered) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.regional(10), office)).isEqualTo(covered);
		}

		@ParameterizedTest(name = "Kanim A1 covers {0}: {1}")
		@CsvSource({ "100, true", "1000, true", "1001, true", "101, false", "102, false", "10, false", "1, false",
				"200, false", "20, false" })
		void aKanimCoversItselfAndItsSubOffices(long office, boolean covered) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(100), office)).isEqualTo(covered);
		}

		@ParameterizedTest(name = "village in Kanim A1 covers {0}: {1}")
		@CsvSource({ "100, true", "1000, false", "10, false", "1, false", "101, false", "200, false" })
		void aVillageCoversOnlyItsServingKanim(long office, boolean covered) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.village("33.07.06.2009"), office)).isEqualTo(covered);
		}

		@Test
		void aVillageNobodyServesCoversNoOffice() {
			Scope unserved = Scope.village("35.01.01.2001");
			assertThat(List.of(1L, 10L, 100L, 200L)).noneMatch((id) -> OfficeTreeTests.this.tree.covers(unserved, id));
		}

		@Test
		void aRegionalScopeOnAKanimCoversNothing() {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.regional(100), 100)).isFalse();
			assertThat(OfficeTreeTests.this.tree.covers(Scope.regional(100), 1000)).isFalse();
		}

		@Test
		void anOfficeScopeOnAKanwilOrSubOfficeCoversNothing() {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(10), 10)).isFalse();
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(10), 100)).isFalse();
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(1000), 1000)).isFalse();
		}

		@Test
		void aScopeOnAnUnknownOfficeCoversNothing() {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.regional(999), 100)).isFalse();
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(999), 100)).isFalse();
		}

	}

	@Nested
	class RegionCoverage {

		@ParameterizedTest(name = "national covers {0}")
		@CsvSource({ "33", "33.07", "33.07.06", "33.07.06.2009", "35.01.01.2001", "34" })
		void nationalCoversEveryRegion(String region) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.national(), code(region))).isTrue();
		}

		@ParameterizedTest(name = "Kanwil A covers {0}: {1}")
		@CsvSource({ "33.07.06.2009, true", "33.07, true", "33.08.01, true", "33.74.01.1001, true",
				"34.71.01.1001, false", "35.01.01.2001, false", "33.99.01.2001, false", "33, false" })
		void aKanwilCoversTheWorkingAreasOfItsKanim(String region, boolean covered) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.regional(10), code(region))).isEqualTo(covered);
		}

		@ParameterizedTest(name = "Kanim A1 covers {0}: {1}")
		@CsvSource({ "33.07.06.2009, true", "33.07.06, true", "33.07, true", "33.08.01.2001, true",
				"33.74.01.1001, false", "34.71.01.1001, false", "33, false" })
		void aKanimCoversItsWorkingArea(String region, boolean covered) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(100), code(region))).isEqualTo(covered);
		}

		@ParameterizedTest(name = "village 33.07.06.2009 covers {0}: {1}")
		@CsvSource({ "33.07.06.2009, true", "33.07.06.2010, false", "33.07.06, false", "33.07, false", "33, false",
				"34.71.01.1001, false" })
		void aVillageCoversOnlyItself(String region, boolean covered) {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.village("33.07.06.2009"), code(region)))
				.isEqualTo(covered);
		}

		@Test
		void scopesOnOfficesOfTheWrongLevelCoverNoRegion() {
			assertThat(OfficeTreeTests.this.tree.covers(Scope.regional(100), code("33.07.06.2009"))).isFalse();
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(10), code("33.07.06.2009"))).isFalse();
			assertThat(OfficeTreeTests.this.tree.covers(Scope.office(1000), code("33.08.01.2001"))).isFalse();
		}

	}

}
