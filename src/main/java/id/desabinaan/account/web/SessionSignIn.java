package id.desabinaan.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import id.desabinaan.account.SignInStep;
import id.desabinaan.shared.CurrentUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Finishes or ends a sign-in that had a pending step: gives the session the account's
 * role under a new session id, or signs it out.
 */
@Component
class SessionSignIn {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RequestCache requestCache = new HttpSessionRequestCache();

	/** Whether the current session is signed in completely (no pending step). */
	boolean isComplete(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser
				&& SignInStep.pendingIn(authentication).isEmpty();
	}

	/**
	 * Gives the session the account's role, under a new session id.
	 * @return where to go next: the page asked for before sign-in, or the staff home
	 */
	String complete(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(SignInStep.completed(user));
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved == null) {
			return "/app";
		}
		this.requestCache.removeRequest(request, response);
		return saved.getRedirectUrl();
	}

	void signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, this.holder.getContext().getAuthentication());
	}

}
