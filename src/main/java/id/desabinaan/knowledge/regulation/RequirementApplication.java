package id.desabinaan.knowledge.regulation;

import id.desabinaan.knowledge.PassportApplicationType;

/** Which applications a requirement belongs to. */
public enum RequirementApplication {

	/** Every application. */
	ALL,
	/** A first passport. */
	FIRST,
	/** Replacing an expired or full passport. */
	REPLACEMENT,
	/** Replacing a lost passport. */
	LOST,
	/** Replacing a damaged passport. */
	DAMAGED;

	/** Whether a requirement of this application applies to an application of type. */
	public boolean covers(PassportApplicationType type) {
		return this == ALL || name().equals(type.name());
	}

}
