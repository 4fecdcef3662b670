package id.desabinaan.earlywarning.queue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the queue's weekly returns ({@code desabinaan.early-warning.*}).
 *
 * @param silentDays a partner village with neither a weekly return nor a report for this
 * many days shows on the officers' list of silent villages
 * @param weeklyReturnWeeks how many past ISO weeks (besides the current one) a village
 * official may still submit or correct
 */
@ConfigurationProperties("desabinaan.early-warning")
record QueueProperties(@DefaultValue("14") int silentDays, @DefaultValue("4") int weeklyReturnWeeks) {

}
