package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.api.Test;

import id.desabinaan.account.Totp.Check;
import id.desabinaan.platform.QrCodes;

class TotpTests {

	/** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890". */
	private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void matchesTheRfc6238TestVectors() {
		// RFC 6238 gives 8 digits (94287082, 07081804); authenticator apps use the last 6
		assertThat(Totp.codeFor(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.codeFor(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
	}

	@Test
	void base32RoundTripsAndEncodesLikeRfc4648() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		byte[] secret = Base32.decode(Totp.newSecret(new SecureRandom()));
		assertThat(secret).hasSize(20);
		assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
	}

	@Test
	void acceptsTheCurrentStepAndOneStepEitherSide() throws Exception {
		String secret = Totp.newSecret(new SecureRandom());
		Instant now = Instant.parse("2026-03-01T08:00:10Z");
		long step = Totp.stepAt(now);
		for (long offset = -1; offset <= 1; offset++) {
			String code = appCode(secret, now.plusSeconds(30 * offset));
			assertThat(Totp.check(secret, code, now, null)).isEqualTo(new Totp.Result(Check.VALID, step + offset));
		}
	}

	@Test
	void refusesACodeTwoStepsAway() throws Exception {
		String secret = Totp.newSecret(new SecureRandom());
		Instant now = Instant.parse("2026-03-01T08:00:10Z");
		assertThat(Totp.check(secret, appCode(secret, now.minusSeconds(60)), now, null).check()).isEqualTo(Check.WRONG);
		assertThat(Totp.check(secret, appCode(secret, now.plusSeconds(60)), now, null).check()).isEqualTo(Check.WRONG);
	}

	@Test
	void refusesACodeWhoseStepIsNotLaterThanTheLastUsedStep() throws Exception {
		String secret = Totp.newSecret(new SecureRandom());
		Instant now = Instant.parse("2026-03-01T08:00:10Z");
		long step = Totp.stepAt(now);
		String code = appCode(secret, now);
		assertThat(Totp.check(secret, code, now, step).check()).isEqualTo(Check.REPLAYED);
		assertThat(Totp.check(secret, appCode(secret, now.minusSeconds(30)), now, step).check())
			.isEqualTo(Check.REPLAYED);
		assertThat(Totp.check(secret, appCode(secret, now.plusSeconds(30)), now, step))
			.isEqualTo(new Totp.Result(Check.VALID, step + 1));
	}

	@Test
	void refusesMalformedCodesAndAcceptsSpaces() throws Exception {
		String secret = Totp.newSecret(new SecureRandom());
		Instant now = Instant.parse("2026-03-01T08:00:10Z");
		String code = appCode(secret, now);
		assertThat(Totp.check(secret, code.substring(0, 3) + " " + code.substring(3), now, null).isValid()).isTrue();
		assertThat(Totp.check(secret, "12345", now, null).check()).isEqualTo(Check.WRONG);
		assertThat(Totp.check(secret, "abcdef", now, null).check()).isEqualTo(Check.WRONG);
		assertThat(Totp.check(secret, null, now, null).check()).isEqualTo(Check.WRONG);
	}

	@Test
	void buildsAnOtpauthUriAndAQrCodeImage() {
		String uri = Totp.otpauthUri("Desa Binaan Imigrasi", "staf.wonosobo", "ABCDEF");
		assertThat(uri).isEqualTo("otpauth://totp/Desa%20Binaan%20Imigrasi:staf.wonosobo?secret=ABCDEF"
				+ "&issuer=Desa%20Binaan%20Imigrasi&algorithm=SHA1&digits=6&period=30");
		assertThat(QrCodes.pngDataUri(uri)).startsWith("data:image/png;base64,iVBORw0KGgo");
	}

	/**
	 * What an authenticator app shows at that instant (java-otp, independent of Totp).
	 */
	private static String appCode(String secret, Instant at) throws Exception {
		return new TimeBasedOneTimePasswordGenerator()
			.generateOneTimePasswordString(new SecretKeySpec(Base32.decode(secret), "HmacSHA1"), at, Locale.ROOT);
	}

}
