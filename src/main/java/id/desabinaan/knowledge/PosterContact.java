package id.desabinaan.knowledge;

import java.util.Objects;

/**
 * The contact block at the foot of a {@link Poster}, usually the serving immigration
 * office. Every field but the heading and the name may be {@code null}; missing ones are
 * left out.
 *
 * @param heading what the block is for, e.g. "Report to"
 * @param name the office's (or person's) name
 * @param address postal address
 * @param phone telephone
 * @param email e-mail address
 * @param webAddress an absolute web address, e.g. the office's public page
 */
public record PosterContact(String heading, String name, String address, String phone, String email,
		String webAddress) {

	public PosterContact {
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(name, "name");
	}

}
