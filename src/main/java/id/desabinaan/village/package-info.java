/**
 * Partner villages (Desa Binaan Imigrasi): designation by a Kanim, the certificate with
 * its public verification, and the public village pages.
 */
package id.desabinaan.village;
