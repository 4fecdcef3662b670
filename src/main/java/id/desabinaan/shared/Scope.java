package id.desabinaan.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * The one territory an account works in: the nation, a Kanwil, a Kanim or a village.
 *
 * @param level the level of the territory
 * @param officeId the Kanwil (REGIONAL) or Kanim (OFFICE), otherwise {@code null}
 * @param villageCode the desa/kelurahan code (VILLAGE), otherwise {@code null}
 */
public record Scope(ScopeLevel level, Long officeId, String villageCode) implements Serializable {

	public Scope {
		Objects.requireNonNull(level, "level");
		boolean needsOffice = level == ScopeLevel.REGIONAL || level == ScopeLevel.OFFICE;
		if (needsOffice != (officeId != null)) {
			throw new IllegalArgumentException(
					"A " + level + " scope " + (needsOffice ? "needs" : "takes no") + " office");
		}
		if ((level == ScopeLevel.VILLAGE) != (villageCode != null)) {
			throw new IllegalArgumentException("Only a VILLAGE scope has a village code");
		}
		if (villageCode != null && RegionCode.of(villageCode).depth() != 4) {
			throw new InvalidInputException("scope", "region.code.notVillage", villageCode);
		}
	}

	public static Scope national() {
		return new Scope(ScopeLevel.NATIONAL, null, null);
	}

	public static Scope regional(long kanwilId) {
		return new Scope(ScopeLevel.REGIONAL, kanwilId, null);
	}

	public static Scope office(long kanimId) {
		return new Scope(ScopeLevel.OFFICE, kanimId, null);
	}

	public static Scope village(String villageCode) {
		return new Scope(ScopeLevel.VILLAGE, null, villageCode);
	}

}
