package id.desabinaan.knowledge;

/** How risky a situation looks from the warning signs found in it. */
public enum WarningRiskLevel {

	/** The total weight is below the medium threshold (possibly no sign at all). */
	LOW,
	/** The total weight reaches the medium threshold. */
	MEDIUM,
	/** The total weight reaches the high threshold. */
	HIGH

}
