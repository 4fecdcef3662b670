package id.desabinaan.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Platform-wide beans: the clock every module reads time from (UTC), and JPA auditing
 * that fills created/changed at and by on every entity that asks for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class PlatformConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	org.springframework.data.auditing.DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> java.util.Optional.of(clock.instant());
	}

	@Bean
	org.springframework.data.domain.AuditorAware<String> auditorAware() {
		return () -> java.util.Optional
			.ofNullable(
					org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
			.filter(org.springframework.security.core.Authentication::isAuthenticated)
			.map(org.springframework.security.core.Authentication::getName)
			.or(() -> java.util.Optional.of("system"));
	}

}
