package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.PassportFee;
import id.desabinaan.shared.InvalidInputException;

/** A version of one passport fee component. */
@Entity
@Table(name = "passport_fee")
public class FeeVersion extends RegulatedVersion {

	/** Highest amount accepted, a guard against a slipped digit (Rp100 million). */
	static final long MAX_AMOUNT = 100_000_000L;

	@Enumerated(EnumType.STRING)
	private FeeComponent component;

	private long amount;

	protected FeeVersion() {
	}

	public FeeVersion(FeeComponent component, long amount, LocalDate validFrom, LocalDate validUntil, String source) {
		super(validFrom, validUntil, source);
		if (component == null) {
			throw new InvalidInputException("component", "knowledge.error.required");
		}
		if (amount < 0 || amount > MAX_AMOUNT) {
			throw new InvalidInputException("amount", "knowledge.error.amount.range", MAX_AMOUNT);
		}
		this.component = component;
		this.amount = amount;
	}

	@Override
	public String itemKey() {
		return this.component.name();
	}

	@Override
	String describe() {
		return "amount=" + this.amount;
	}

	public FeeComponent getComponent() {
		return this.component;
	}

	public long getAmount() {
		return this.amount;
	}

	PassportFee toFee() {
		return new PassportFee(this.component, this.amount, getValidFrom(), getValidUntil(), getSourceReference());
	}

}
