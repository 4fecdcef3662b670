package id.desabinaan.earlywarning.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as reporters write them ({@code 0812-3456-7890},
 * {@code +62 812 3456 7890}, {@code 62812...}, {@code wa.me/62812...},
 * {@code +62 (0)812...}) to E.164 ({@code +6281234567890}) with libphonenumber; Indonesia
 * is the default region. Text that holds no valid number gives nothing.
 */
public final class PhoneNumbers {

	/** Numbers without a country code are Indonesian. */
	public static final String DEFAULT_REGION = "ID";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** {@code 62812...} without the plus: an Indonesian number with its country code. */
	private static final Pattern BARE_COUNTRY_CODE = Pattern.compile("(?<![\\d+])62(?=[\\s.-]*8\\d)");

	/** {@code +62 (0)812} or {@code +62 0812}: the trunk zero written after the code. */
	private static final Pattern TRUNK_AFTER_CODE = Pattern.compile("\\+62[\\s.-]*(\\(0\\)|0)[\\s.-]*");

	private static final Pattern WHATSAPP_LINK = Pattern
		.compile("(?i)(https?://)?(wa\\.me/|api\\.whatsapp\\.com/send\\?phone=)\\+?");

	private PhoneNumbers() {
	}

	/** The one number written, in E.164; empty for garbage or an impossible number. */
	public static Optional<String> toE164(String written) {
		if (written == null || written.isBlank() || written.length() > 64) {
			return Optional.empty();
		}
		String text = clean(written);
		try {
			PhoneNumber number = UTIL.parse(text, DEFAULT_REGION);
			if (UTIL.isValidNumber(number)) {
				return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
			}
		}
		catch (NumberParseException ex) {
			// not a number: fall through to searching the text
		}
		List<String> found = findIn(written, 1);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/** Every valid number in a text (e.g. a report's description), in E.164. */
	public static List<String> findIn(String text) {
		return findIn(text, 20);
	}

	private static List<String> findIn(String text, int max) {
		List<String> numbers = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return numbers;
		}
		for (PhoneNumberMatch match : UTIL.findNumbers(clean(text), DEFAULT_REGION, Leniency.VALID, 1000)) {
			String e164 = UTIL.format(match.number(), PhoneNumberFormat.E164);
			if (!numbers.contains(e164)) {
				numbers.add(e164);
			}
			if (numbers.size() >= max) {
				break;
			}
		}
		return numbers;
	}

	private static String clean(String written) {
		String text = WHATSAPP_LINK.matcher(written).replaceAll("+");
		text = BARE_COUNTRY_CODE.matcher(text).replaceAll("+62");
		return TRUNK_AFTER_CODE.matcher(text).replaceAll("+62 ");
	}

}
