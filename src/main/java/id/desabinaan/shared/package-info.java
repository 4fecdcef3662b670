/**
 * Shared kernel: value types and exceptions that every module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.desabinaan.shared;
