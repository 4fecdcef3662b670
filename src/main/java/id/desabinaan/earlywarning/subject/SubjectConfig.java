package id.desabinaan.earlywarning.subject;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of subjects and duplicates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SubjectSettings.class, DuplicateSettings.class })
class SubjectConfig {

}
