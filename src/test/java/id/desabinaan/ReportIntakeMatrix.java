package id.desabinaan;

import java.util.List;

import id.desabinaan.RoleScopeMatrixTests.Row;

/**
 * Role x scope matrix rows of the early warning's the public report form, receipts and
 * the report API (intake).
 */
class ReportIntakeMatrix implements MatrixPart {

	@Override
	public List<Row> rows() {
		return List.of();
	}

}
