/**
 * Immigration offices: the national directorate, regional offices (Kanwil), immigration
 * offices (Kanim) with their working areas, and sub-offices (UKK). Other modules use
 * {@link id.desabinaan.office.OfficeDirectory}.
 */
package id.desabinaan.office;
