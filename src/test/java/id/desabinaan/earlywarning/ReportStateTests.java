package id.desabinaan.earlywarning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStateTests {

	@Test
	void aReceivedReportIsVerifiedBeforeItCanBeReferred() {
		assertThat(ReportState.RECEIVED.mayMoveTo(ReportState.REFERRED)).isFalse();
		assertThat(ReportState.RECEIVED.mayMoveTo(ReportState.UNDER_VERIFICATION)).isTrue();
		assertThat(ReportState.UNDER_VERIFICATION.mayMoveTo(ReportState.VERIFIED)).isTrue();
		assertThat(ReportState.VERIFIED.mayMoveTo(ReportState.REFERRED)).isTrue();
	}

	@Test
	void aClosedReportStaysClosed() {
		assertThat(ReportState.CLOSED.next()).isEmpty();
		assertThat(ReportState.CLOSED.open()).isFalse();
	}

	@Test
	void everyOpenStateCanBeClosed() {
		for (ReportState state : ReportState.values()) {
			if (state.open()) {
				assertThat(state.mayMoveTo(ReportState.CLOSED)).as(state.name()).isTrue();
			}
		}
	}

}
