package id.desabinaan.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated string is a password that follows {@link PasswordPolicy} (BSSN 4/2021).
 * The message names the field: {@code label} is the message key of the field's visible
 * name, e.g. {@code @StrongPassword(label = "account.field.newPassword")} gives "Kata
 * sandi baru harus paling sedikit 12 karakter ...".
 */
@Documented
@Constraint(validatedBy = StrongPasswordValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	/** Message key of the field's visible name, put in front of the message. */
	String label() default "account.field.password";

	/** The rule, as a sentence that follows the field's name. */
	String message() default "{account.password.weak}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
