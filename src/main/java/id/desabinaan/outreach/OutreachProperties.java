package id.desabinaan.outreach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outreach settings ({@code desabinaan.outreach.*}).
 *
 * @param visitDueDays a village without a held activity in this many days is due for a
 * visit
 */
@ConfigurationProperties("desabinaan.outreach")
record OutreachProperties(@DefaultValue("30") int visitDueDays) {

	OutreachProperties {
		if (visitDueDays < 1) {
			throw new IllegalArgumentException("desabinaan.outreach.visit-due-days must be at least 1");
		}
	}

}
