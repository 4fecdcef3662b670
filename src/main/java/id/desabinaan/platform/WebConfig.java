package id.desabinaan.platform;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia first: the default locale is {@code id}; {@code ?lang=en} switches and
 * a cookie remembers the choice for a year (the account's own language is applied at
 * sign-in).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final String LOCALE_COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE) {

			/** A cookie naming a language we do not speak means Indonesian. */
			@Override
			protected Locale parseLocaleValue(String value) {
				return supported(super.parseLocaleValue(value));
			}

		};
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Static files only under their own prefixes. Spring Boot's default catch-all
	 * {@code /**} mapping made every link a template builds ({@code @{/wilayah/...}})
	 * probe four classpath locations for a file of that name, uncached because none
	 * exists: most of a result page's rendering time.
	 * {@code spring.web.resources.add-mappings} is off.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			/**
			 * {@code ?lang=fr} switches to Indonesian rather than to untranslated French.
			 */
			@Override
			protected Locale parseLocaleValue(String value) {
				return supported(super.parseLocaleValue(value));
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	private static Locale supported(Locale locale) {
		return (locale != null) ? SupportedLocales.of(locale.getLanguage()) : null;
	}

}
