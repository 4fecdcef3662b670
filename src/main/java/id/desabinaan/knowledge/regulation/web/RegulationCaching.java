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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of the public wizard, the public fee page and their API: an ETag computed
 * from the answer (weak, so that compression keeps it) and 304 Not Modified when the
 * client already has it. For visitors who are not signed in, answers may be stored by the
 * browser but are checked every time ({@code Cache-Control: private, no-cache}), so a fee
 * that changes at midnight is never shown stale; signed-in pages keep the platform's
 * {@code no-store} (they carry a CSRF token that changes with every response, so their
 * ETag never matches anyway). Registered after Spring Security, so that the security
 * headers are written after the ETag is decided.
 */
@Configuration(proxyBeanMethods = false)
class RegulationCaching {

	static final String[] PUBLIC_PATHS = { "/paspor/syarat", "/paspor/tarif", "/api/v1/fees", "/api/v1/requirements" };

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> regulationEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!signedIn()) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				}
				super.doFilterInternal(request, response, chain);
			}

		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PUBLIC_PATHS);
		return registration;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
