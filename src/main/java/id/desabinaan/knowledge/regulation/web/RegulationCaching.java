package id.desabinaan.knowledge.regulation.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of the wizard, the fee pages and their API: an ETag computed from the
 * answer (weak, so that compression keeps it) and 304 Not Modified when the client
 * already has it. Public answers may be stored by the browser but are checked every time
 * ({@code Cache-Control: private, no-cache}), so a fee that changes at midnight is never
 * shown stale; the staff fee page keeps the platform's {@code no-store}. Registered after
 * Spring Security, so that the security headers are written after the ETag is decided.
 */
@Configuration(proxyBeanMethods = false)
class RegulationCaching {

	static final String[] PUBLIC_PATHS = { "/paspor/syarat", "/paspor/tarif", "/api/v1/fees", "/api/v1/requirements" };

	static final String STAFF_FEES = "/app/info/tarif";

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> regulationEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!request.getRequestURI().startsWith(request.getContextPath() + "/app/")) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				}
				super.doFilterInternal(request, response, chain);
			}

		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PUBLIC_PATHS);
		registration.addUrlPatterns(STAFF_FEES);
		return registration;
	}

}
