package id.desabinaan.knowledge.jobcheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The shipped reference data, read once at start-up, and scheduling for the call-back
 * retention (an idempotent delete, safe to run on every node at once).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobCheckConfig {

	@Bean
	JobCheckReference jobCheckReference() {
		return JobCheckReference.load();
	}

}
