package id.desabinaan;

import java.util.List;

import id.desabinaan.RoleScopeMatrixTests.Row;

/**
 * Role x scope matrix rows of the early warning's report pages of triage: states,
 * assignment, messages, referrals, overdue list.
 */
class ReportTriageMatrix implements MatrixPart {

	@Override
	public List<Row> rows() {
		return List.of();
	}

}
