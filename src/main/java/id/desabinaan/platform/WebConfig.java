package id.desabinaan.platform;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
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
