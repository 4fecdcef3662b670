package id.desabinaan.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves, for journeys that cross a date (a fee that changes on the 1st).
 * Import {@link Config} into a test class: its context gets this clock as the primary
 * {@link Clock} bean (every service reads time from it), in a context of its own, so no
 * other test sees the moved time. There is deliberately no production endpoint to change
 * the time.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>();

	private final ZoneId zone;

	public MovableClock() {
		this(ZoneOffset.UTC);
	}

	private MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Stops the clock at this instant. */
	public void set(Instant instant) {
		this.now.set(instant);
	}

	/** Lets the clock follow the system clock again. */
	public void reset() {
		this.now.set(null);
	}

	@Override
	public Instant instant() {
		Instant fixed = this.now.get();
		return (fixed != null) ? fixed : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock clock = new MovableClock(zone);
		clock.now.set(this.now.get());
		return clock;
	}

	/**
	 * The test configuration that makes a {@link MovableClock} the application's clock.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
