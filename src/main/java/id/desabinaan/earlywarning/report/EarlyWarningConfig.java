package id.desabinaan.earlywarning.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of the early-warning module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceClock.class)
class EarlyWarningConfig {

}
