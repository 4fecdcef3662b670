package id.desabinaan.earlywarning.intake;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link IntakeRateLimiter} to the public report pages ({@code /lapor},
 * {@code /lapor/**}) and {@code POST /api/v1/reports}; every other address (staff pages
 * among them) passes untouched. A refused request gets 429, which the platform's error
 * page answers translated (or as a ProblemDetail on the API).
 */
@Component
class IntakeRateLimitFilter extends OncePerRequestFilter {

	private final IntakeRateLimiter limiter;

	IntakeRateLimitFilter(IntakeRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !limited(request.getRequestURI().substring(request.getContextPath().length()), request.getMethod());
	}

	static boolean limited(String path, String method) {
		if (path.equals("/lapor") || path.startsWith("/lapor/")) {
			return true;
		}
		return path.equals("/api/v1/reports") && "POST".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limiter.tryPass(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "60");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
