/**
 * Cross-cutting platform: security configuration, internationalisation, page layout,
 * error handling, the security audit log, API documentation and operations endpoints.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.desabinaan.platform;
