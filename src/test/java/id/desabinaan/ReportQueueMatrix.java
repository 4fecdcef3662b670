package id.desabinaan;

import java.util.List;

import id.desabinaan.RoleScopeMatrixTests.Row;

/**
 * Role x scope matrix rows of the early warning's the report queue, search, access log,
 * trail check, weekly returns, silent villages.
 */
class ReportQueueMatrix implements MatrixPart {

	@Override
	public List<Row> rows() {
		return List.of();
	}

}
