package id.desabinaan.platform;

import java.util.Arrays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.DispatcherType;

/**
 * One place that says who may reach which address. Public pages and public read APIs are
 * listed explicitly; everything else needs a signed-in account. Role and territorial
 * scope are checked again in each module's service, so a missing rule here never opens
 * data.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] PUBLIC_PAGES = { "/", "/tentang", "/masuk", "/wilayah", "/wilayah/**", "/kantor",
			"/kantor/**", "/desa", "/desa/**", "/verifikasi/**", "/cek-lowongan", "/cek-lowongan/**", "/poster/**",
			"/paspor/**", "/info", "/info/**", "/cari", "/kuis/**", "/lapor", "/lapor/**", "/css/**", "/js/**",
			"/img/**", "/webjars/**", "/favicon.ico", "/error" };

	private static final String[] PUBLIC_API_READS = { "/api/v1/regions", "/api/v1/regions/**", "/api/v1/offices",
			"/api/v1/offices/**", "/api/v1/villages", "/api/v1/villages/**", "/api/v1/appointments", "/api/v1/fees",
			"/api/v1/requirements", "/api/v1/articles", "/api/v1/articles/**", "/api/v1/search", "/api/v1/activities",
			"/api/v1/activities/**", "/v3/api-docs", "/v3/api-docs/**" };

	/**
	 * Public forms that anyone may send without a session, hence without a CSRF token (a
	 * token would need a session): they act for nobody, so there is nothing to forge.
	 */
	private static final String[] PUBLIC_FORM_POSTS = { "/kuis/**", "/lapor", "/lapor/**" };

	/**
	 * Public API writes: an anonymous early-warning report by program. It acts for nobody
	 * (a signed-in caller is not recorded as its reporter), so it needs no CSRF token.
	 */
	private static final String[] PUBLIC_API_WRITES = { "/api/v1/reports" };

	/**
	 * Operations endpoints: health is public, metrics need a SYSTEM_ADMIN by HTTP basic
	 * (scrapers).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("SYSTEM_ADMIN"))
			.httpBasic((basic) -> {
			})
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		applyHeaders(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationChain(HttpSecurity http, ObjectProvider<AuthenticationSuccessHandler> successHandler,
			ObjectProvider<AuthenticationFailureHandler> failureHandler, ApplicationContext context) throws Exception {
		RequestMatcher api = (request) -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		http.authorizeHttpRequests((auth) -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_API_WRITES)
			.permitAll()
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(PUBLIC_FORM_POSTS)
				.ignoringRequestMatchers(Arrays.stream(PUBLIC_API_WRITES)
					.map((path) -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
					.toArray(RequestMatcher[]::new)))
			.formLogin((form) -> {
				form.loginPage("/masuk").loginProcessingUrl("/masuk").failureUrl("/masuk?error").permitAll();
				successHandler.ifAvailable(form::successHandler);
				failureHandler.ifAvailable(form::failureHandler);
			})
			.logout((logout) -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar").permitAll())
			.requestCache((cache) -> cache.requestCache(staffPagesOnly()))
			.exceptionHandling((ex) -> ex
				.defaultAuthenticationEntryPointFor(
						(request, response, denied) -> response.sendError(HttpStatus.UNAUTHORIZED.value()), api)
				.defaultAuthenticationEntryPointFor(
						(request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value()),
						new UnmappedPathRequestMatcher(context)));
		applyHeaders(http);
		return http.build();
	}

	/**
	 * Remembers the page to return to after sign-in only for staff pages: any other
	 * address (an unknown one, an API call) must not open an HTTP session for an
	 * anonymous visitor.
	 */
	private static RequestCache staffPagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/app/**"));
		return cache;
	}

	private static void applyHeaders(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny())
			.permissionsPolicyHeader(
					(permissions) -> permissions.policy("geolocation=(self), camera=(), microphone=()")));
	}

	/** Argon2id, the memory-hard hash recommended for new systems. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

}
