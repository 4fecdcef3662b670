package id.desabinaan.earlywarning.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportIntake;
import id.desabinaan.earlywarning.ReportSubmission;
import id.desabinaan.earlywarning.ReportSubmission.Contact;
import id.desabinaan.earlywarning.ReportSubmission.Upload;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.shared.CurrentUser;

/**
 * Demo reports in the Wonosobo partner villages, sent through {@link ReportIntake} like
 * any other report (submission keys start with {@code demo-}, so a restart finds them and
 * adds nothing). A recruiter's phone number appears in three villages in three spellings
 * (for the subjects work to link), a foreigner report comes from the village official of
 * Pakuncen with a photo, a document-fraud report is taken down by the PIMPASA on behalf
 * of a resident. Receipt codes are random and printed nowhere. Loaders of triage,
 * subjects and the queue act on these reports after this one.
 */
@Component
@Order(600)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoReports implements ApplicationRunner {

	static final String PAKUNCEN = "33.07.06.2009";

	static final String KALIGOWONG = "33.07.01.2001";

	static final String KECIS = "33.07.06.2001";

	static final String BULU = "33.23.01.2001";

	static final String TEMBARAK = "33.23.02.2001";

	/** The key of the village official's foreigner report, which has a photo. */
	static final String FOREIGNER_KEY = "demo-foreigner-pakuncen";

	private final ReportIntake intake;

	private final UserDetailsService users;

	DemoReports(ReportIntake intake, UserDetailsService users) {
		this.intake = intake;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser village = user("desa.pakuncen");
		CurrentUser pimpasa = user("pimpasa.wonosobo");
		CurrentUser staff = user("staf.wonosobo");
		submit(anonymous(ReportCategory.RECRUITER, ReportChannel.WEB, PAKUNCEN, "Dekat masjid Dusun Krajan",
				"Seorang calo menawarkan kerja di perkebunan Malaysia kepada pemuda desa. Katanya cukup paspor, "
						+ "biaya Rp 15 juta dibayar di muka dan berangkat bulan depan.",
				Map.of("personNames", "Pak Darto", "phoneNumbers", "0812-3456-7890", "socialAccounts",
						"facebook: Lowongan Kerja Malaysia Resmi", "agencyClaimed", "PT Maju Jaya Abadi", "destination",
						"Malaysia", "jobOffered", "Pekerja perkebunan sawit", "promises",
						"Gaji Rp 8 juta, cepat berangkat"),
				Map.of("INDIVIDUAL_RECRUITER", IndicatorAnswer.YES, "FEE_BEFORE_DEPARTURE", IndicatorAnswer.YES,
						"ONLY_PASSPORT_NEEDED", IndicatorAnswer.YES, "NO_CONTRACT", IndicatorAnswer.UNKNOWN),
				null, "demo-recruiter-pakuncen"));
		submit(anonymous(ReportCategory.RECRUITER, ReportChannel.API, KALIGOWONG, null,
				"Ada orang yang mengumpulkan KTP warga untuk dibuatkan paspor, katanya untuk kerja di Malaysia. "
						+ "Nomornya sama dengan yang beredar di grup WhatsApp desa.",
				Map.of("personNames", "Darto", "phoneNumbers", "+62 812 3456 7890", "destination", "Malaysia"),
				Map.of("INDIVIDUAL_RECRUITER", IndicatorAnswer.YES, "UNLICENSED_RECRUITER", IndicatorAnswer.YES),
				new Contact("Bu Sri", "0813-1111-2222", null, true), "demo-recruiter-kaligowong"));
		submit(anonymous(ReportCategory.NON_PROCEDURAL_DEPARTURE, ReportChannel.WEB, KECIS, null,
				"Tiga remaja putri akan dijemput minggu depan untuk bekerja sebagai pekerja rumah tangga. "
						+ "Salah satunya belum 18 tahun. Yang menghubungi memakai nomor 6281234567890.",
				Map.of("phoneNumbers", "6281234567890", "personsLeaving", "3", "destination", "Malaysia", "jobOffered",
						"Pekerja rumah tangga", "departureRoute", "Lewat Batam"),
				Map.of("UNDERAGE", IndicatorAnswer.YES, "NON_WORK_VISA", IndicatorAnswer.YES, "NO_FAMILY_PERMISSION",
						IndicatorAnswer.UNKNOWN),
				null, "demo-departure-kecis"));
		submit(anonymous(ReportCategory.TRAFFICKING, ReportChannel.WEB, BULU, null,
				"Warga yang berangkat tahun lalu mengabarkan paspornya ditahan majikan dan gajinya dipotong "
						+ "untuk membayar utang biaya keberangkatan.",
				Map.of("destination", "Arab Saudi", "jobOffered", "Pekerja rumah tangga"),
				Map.of("PASSPORT_HELD", IndicatorAnswer.YES, "DEBT_BONDAGE", IndicatorAnswer.YES), null,
				"demo-trafficking-bulu"));
		submit(anonymous(ReportCategory.OTHER, ReportChannel.WEB, KALIGOWONG, null,
				"Ada spanduk lowongan kerja luar negeri tanpa nama perusahaan dipasang di pertigaan desa.", Map.of(),
				Map.of("SOCIAL_MEDIA_RECRUITMENT", IndicatorAnswer.NO), null, "demo-other-kaligowong"));
		if (village != null) {
			submit(new ReportSubmission(ReportCategory.FOREIGNER, ReportChannel.WEB, ReporterKind.VILLAGE_OFFICIAL,
					PAKUNCEN, "Rumah kontrakan dekat balai desa", null, null,
					"Dua warga negara asing tinggal di rumah kontrakan sejak bulan lalu dan ikut bekerja di proyek "
							+ "pembangunan gudang.",
					Map.of("nationality", "Tiongkok", "numberOfPersons", "2", "stayingAt",
							"Rumah kontrakan milik Pak Slamet", "activity", "Bekerja di proyek gudang", "host",
							"Pak Slamet"),
					Map.of(), null, "id", FOREIGNER_KEY, false, village, List.of(new Upload("foto.png", photo())),
					List.of()));
		}
		if (pimpasa != null) {
			submit(new ReportSubmission(ReportCategory.DOCUMENT_FRAUD, ReportChannel.IN_PERSON, ReporterKind.STAFF,
					TEMBARAK, null, null, null,
					"Seorang ibu bercerita saat sosialisasi bahwa umur anaknya dinaikkan di KTP oleh sponsor agar "
							+ "bisa mengurus paspor.",
					Map.of("documentType", "KTP", "fraudKind", "Umur dinaikkan dua tahun", "personNames", "Mas Yanto"),
					Map.of("AGE_FALSIFIED", IndicatorAnswer.YES, "UNDERAGE", IndicatorAnswer.YES),
					new Contact("Ibu Warsini", "0857-2222-3333", null, true), "id", "demo-fraud-tembarak", true,
					pimpasa, List.of(), List.of()));
		}
		if (staff != null) {
			submit(new ReportSubmission(ReportCategory.SMUGGLING, ReportChannel.WEB, ReporterKind.STAFF, PAKUNCEN, null,
					null, null,
					"Pemohon paspor menyebut ada rombongan yang akan diseberangkan lewat jalur laut tanpa dokumen.",
					Map.of("personsLeaving", "8", "departureRoute", "Lewat pelabuhan kecil di Riau"),
					Map.of("FAST_DEPARTURE", IndicatorAnswer.YES), null, "id", "demo-smuggling-pakuncen", false, staff,
					List.of(), List.of()));
		}
	}

	private static ReportSubmission anonymous(ReportCategory category, ReportChannel channel, String village,
			String place, String description, Map<String, String> details, Map<String, IndicatorAnswer> indicators,
			Contact contact, String key) {
		return new ReportSubmission(category, channel,
				(contact != null) ? ReporterKind.RESIDENT : ReporterKind.ANONYMOUS, village, place, null, null,
				description, new LinkedHashMap<>(details), indicators, contact, "id", key, false, null, List.of(),
				List.of());
	}

	private void submit(ReportSubmission submission) {
		this.intake.submit(submission);
	}

	private CurrentUser user(String username) {
		try {
			return (CurrentUser) this.users.loadUserByUsername(username);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** A small picture standing for the photo the village official took. */
	static byte[] photo() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0b4f8a));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(8, 20, 48, 20);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
