package id.desabinaan.knowledge.jobcheck.web;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The field, message code and arguments of a domain error (bad input or a broken rule),
 * to show it on a form or as a flash message.
 */
record FormMessage(String field, String code, Object[] args) {

	static FormMessage of(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return new FormMessage(invalid.getField(), invalid.getMessageCode(), invalid.getArguments());
		}
		if (ex instanceof RuleViolationException violation) {
			return new FormMessage(violation.getField(), violation.getMessageCode(), violation.getArguments());
		}
		throw ex;
	}

}
