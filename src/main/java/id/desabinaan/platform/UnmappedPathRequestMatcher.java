package id.desabinaan.platform;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Matches requests that no controller or endpoint would handle. An anonymous visitor who
 * follows a broken link then gets the "page not found" page instead of the staff sign-in
 * form; addresses that exist still ask for sign-in.
 */
class UnmappedPathRequestMatcher implements RequestMatcher {

	private final ApplicationContext context;

	UnmappedPathRequestMatcher(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Object previousPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			for (RequestMappingInfoHandlerMapping mapping : this.context
				.getBeansOfType(RequestMappingInfoHandlerMapping.class)
				.values()) {
				if (mapping.getHandler(request) != null) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			// A mapping exists but refuses this method or media type: not an unknown
			// path.
			return false;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previousPath);
		}
	}

}
