package id.desabinaan.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link StrongPassword}. An empty value is left to {@code @NotBlank}, so that a
 * form shows one message per problem. The message is built from two message keys (the
 * field's name and the rule) because Bean Validation cannot translate an attribute value
 * on its own.
 */
public class StrongPasswordValidator implements ConstraintValidator<StrongPassword, CharSequence> {

	private String template;

	@Override
	public void initialize(StrongPassword annotation) {
		this.template = "{" + annotation.label() + "} " + annotation.message();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		if (value == null || value.isEmpty() || PasswordPolicy.isStrong(value)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(this.template).addConstraintViolation();
		return false;
	}

}
