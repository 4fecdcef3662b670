package id.desabinaan;

import java.util.List;

import org.springframework.context.ApplicationContext;

import id.desabinaan.RoleScopeMatrixTests.Row;

/**
 * The rows of {@link RoleScopeMatrixTests} for one feature, kept in a file of its own so
 * that features built side by side do not edit the same lines. Rows are built with the
 * matrix's static helpers ({@code RoleScopeMatrixTests.get(path)}, {@code post},
 * {@code postJson}).
 */
interface MatrixPart {

	List<Row> rows();

	/**
	 * The value of a placeholder {@code {kind:argument}} of this part's rows, or
	 * {@code null} when the kind is not this part's.
	 * @param kind the placeholder's kind, e.g. {@code report}
	 * @param argument what follows the colon
	 * @param context the application under test, to look up demo data
	 * @return the value, or {@code null}
	 */
	default String resolve(String kind, String argument, ApplicationContext context) {
		return null;
	}

}
