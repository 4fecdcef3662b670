package id.desabinaan.account;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a session with a pending sign-in step (see {@link SignInStep}) away from staff
 * pages and the API: pages redirect to the step's page, API calls answer 401. Runs after
 * Spring Security's filter chain (a servlet filter bean of lowest precedence), where the
 * session's authentication is known. The pending session has no role authority, so role
 * checks refuse it even without this filter; this filter also closes the pages that only
 * require a signed-in user.
 */
@Component
class SignInStepFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<SignInStep> step = SignInStep
			.pendingIn(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (step.isEmpty() || !isStaffArea(path) || isWithin(path, step.get().page())) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		response.sendRedirect(request.getContextPath() + step.get().page());
	}

	private static boolean isStaffArea(String path) {
		return isWithin(path, "/app") || path.startsWith("/api/");
	}

	private static boolean isWithin(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

}
