package id.desabinaan;

import java.util.List;

import id.desabinaan.RoleScopeMatrixTests.Row;

/**
 * Role x scope matrix rows of the early warning's subjects named in reports and proposed
 * duplicates.
 */
class ReportSubjectMatrix implements MatrixPart {

	@Override
	public List<Row> rows() {
		return List.of();
	}

}
