package id.desabinaan.browser;

import java.util.List;

/**
 * Every public page, in one place: {@code PublicPagesBrowserTests} opens each of them in
 * Chromium and checks accessibility (axe-core), the transfer budget and the 360 px
 * layout. A module that adds a public page adds a line here (a page that varies, such as
 * a result, once per distinct template). {@code {verification}} stands for the
 * verification code of Desa Pakuncen's certificate in the demo data.
 */
public final class PublicPages {

	public static final List<String> PATHS = List.of(
			// platform, region, office, village
			"/", "/tentang", "/masuk", "/wilayah", "/wilayah?q=pakuncen", "/wilayah/33.07.06.2009", "/wilayah/33.07",
			"/kantor", "/kantor?wilayah=33.07.06.2009", "/kantor/KANIM-WONOSOBO", "/desa", "/desa/33.07.06.2009",
			"/verifikasi/{verification}",
			// knowledge: job-offer check and posters
			"/cek-lowongan", "/cek-lowongan?age=abc&visa=WORK",
			"/cek-lowongan/hasil?destination=SA&job=HOUSEHOLD&recruiter=INDIVIDUAL&visa=VISIT&fee=BEFORE_DEPARTURE"
					+ "&feeAmount=15000000&contract=NO&familyPermission=NO&passportHolder=AGENT&age=17"
					+ "&departure=WITHIN_MONTH&village=33.07.06.2009",
			"/cek-lowongan/hasil?destination=TW&job=FACTORY&recruiter=LICENSED_AGENCY&agencyName=PT+Contoh&visa=WORK"
					+ "&fee=NONE&contract=YES&familyPermission=YES&passportHolder=SELF&age=25&departure=LATER&lang=en",
			"/cek-lowongan/hasil?visa=WORK&villageQuery=pakuncen", "/cek-lowongan/panggilan-balik?visa=TOURIST",
			"/cek-lowongan/panggilan-balik/terkirim", "/poster/lapor-orang-asing",
			"/poster/lapor-orang-asing?kantor=KANIM-WONOSOBO", "/poster/lapor-orang-asing?desaQuery=pakuncen",
			// knowledge: articles, requirements wizard (empty, a result with the serving
			// office's contact, an error), fees, search
			"/info", "/info?wilayah=33.07.06.2009", "/info/e-paspor", "/info/tempat-minta-bantuan?lang=en",
			"/info/layanan-kanim-wonosobo", "/paspor/syarat",
			"/paspor/syarat?type=FIRST&under17=false&married=true&electronic=true&validity=10&sameDay=true"
					+ "&wilayah=33.07.06.2009",
			"/paspor/syarat?type=FIRST&under17=true&married=false&electronic=true&validity=10&sameDay=false",
			"/paspor/tarif", "/cari", "/cari?q=perdagangan",
			// early warning: the report form, the status page (the receipt page shares
			// its
			// templates: its unknown-code answer is the same)
			"/lapor", "/lapor?kategori=RECRUITER", "/lapor?kategori=FOREIGNER&lang=en", "/lapor/status",
			"/lapor/status?kode=ABCDEFGHJKMNPQRSTUVW");

	private PublicPages() {
	}

}
