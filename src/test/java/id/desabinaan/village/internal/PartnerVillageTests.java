package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.PartnerVillage.Decree;
import id.desabinaan.village.internal.PartnerVillage.Guest;

class PartnerVillageTests {

	static final Instant NOW = Instant.parse("2024-03-07T03:00:00Z");

	static PartnerVillage proposal() {
		return PartnerVillage.propose(RegionCode.of("33.07.06.2009"), 7L, List.of(SelectionCriterion.MANY_ABROAD), null,
				null, "kepala", NOW);
	}

	static Decree decree() {
		return new Decree("W13.IMI-0311", LocalDate.of(2024, 3, 7), "Kepala Kantor", LocalDate.of(2024, 3, 7),
				"Hotel Front One Harvest Wonosobo", List.of(new Guest("Kepala Desa", "Pemerintah Desa")));
	}

	@Test
	void aProposalStartsProposedWithOneHistoryEntry() {
		PartnerVillage village = proposal();
		assertThat(village.getState()).isEqualTo(DesignationState.PROPOSED);
		assertThat(village.getHistory()).singleElement().satisfies((change) -> {
			assertThat(change.getFromState()).isNull();
			assertThat(change.getToState()).isEqualTo(DesignationState.PROPOSED);
			assertThat(change.getChangedBy()).isEqualTo("kepala");
		});
	}

	@Test
	void designatingRecordsTheDecreeAndGuests() {
		PartnerVillage village = proposal();
		village.designate(decree(), "kepala", NOW);
		assertThat(village.getState()).isEqualTo(DesignationState.DESIGNATED);
		assertThat(village.getDecreeNumber()).isEqualTo("W13.IMI-0311");
		assertThat(village.getGuests()).extracting(Guest::getName).containsExactly("Kepala Desa");
	}

	@Test
	void suspendResumeAndEndKeepTheWholeHistory() {
		PartnerVillage village = proposal();
		village.designate(decree(), "kepala", NOW);
		village.suspend("Perangkat berganti", LocalDate.of(2025, 1, 1), "kepala", NOW);
		assertThat(village.getClosingReason()).isEqualTo("Perangkat berganti");
		village.resume(null, "kepala", NOW);
		village.end("Desa digabung", LocalDate.of(2025, 6, 1), "admin", NOW);
		assertThat(village.getHistory()).extracting(PartnerVillage.StateChange::getToState)
			.containsExactly(DesignationState.PROPOSED, DesignationState.DESIGNATED, DesignationState.SUSPENDED,
					DesignationState.DESIGNATED, DesignationState.ENDED);
		assertThat(village.getState()).isEqualTo(DesignationState.ENDED);
	}

	@Test
	void illegalMovesAreRefusedWithAMessageCode() {
		PartnerVillage village = proposal();
		assertThatThrownBy(() -> village.suspend("x", LocalDate.now(), "k", NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.suspend.notDesignated");
		assertThatThrownBy(() -> village.resume(null, "k", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.resume.notSuspended");
		village.designate(decree(), "k", NOW);
		assertThatThrownBy(() -> village.designate(decree(), "k", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.designate.notProposed");
		village.end("x", LocalDate.now(), "k", NOW);
		assertThatThrownBy(() -> village.end("x", LocalDate.now(), "k", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.end.alreadyEnded");
	}

	@Test
	void missingInputNamesTheField() {
		assertThatThrownBy(
				() -> PartnerVillage.propose(RegionCode.of("33.07.06.2009"), 7L, List.of(), null, null, "k", NOW))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("criteria");
		assertThatThrownBy(() -> PartnerVillage.propose(RegionCode.of("33.07.06.2009"), 7L,
				List.of(SelectionCriterion.OTHER), " ", null, "k", NOW))
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("otherCriterion");
		assertThatThrownBy(() -> PartnerVillage.propose(RegionCode.of("33.07.06"), 7L,
				List.of(SelectionCriterion.POVERTY), null, null, "k", NOW))
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("village");
		PartnerVillage village = proposal();
		assertThatThrownBy(
				() -> village.designate(new Decree(" ", LocalDate.now(), "x", null, null, List.of()), "k", NOW))
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("decreeNumber");
		assertThat(village.getState()).isEqualTo(DesignationState.PROPOSED);
	}

	@Test
	void verificationCodesAreLongRandomAndFreeOfLookAlikes() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = VerificationCodes.next();
			assertThat(code).hasSize(24).doesNotContain("0", "O", "1", "I", "L");
			assertThat(VerificationCodes.isWellFormed(code)).isTrue();
			codes.add(code);
		}
		assertThat(codes).hasSize(1000);
		assertThat(proposal().getVerificationCode()).isNotEqualTo(proposal().getVerificationCode());
	}

}
