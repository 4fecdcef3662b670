/**
 * Indonesia's administrative regions (province, kabupaten/kota, kecamatan,
 * desa/kelurahan) with their Kemendagri codes: import, lookup and search. Other modules
 * use {@link id.desabinaan.region.RegionDirectory}.
 */
package id.desabinaan.region;
