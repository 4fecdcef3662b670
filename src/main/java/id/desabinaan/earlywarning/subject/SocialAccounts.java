package id.desabinaan.earlywarning.subject;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social-media accounts as {@code platform:handle}, lower case, without {@code @}: links
 * ({@code https://www.instagram.com/lowongan.hk/} -> {@code instagram:lowongan.hk},
 * {@code facebook.com/profile.php?id=100012} -> {@code facebook:100012}, {@code t.me/x},
 * {@code tiktok.com/@x}), and written forms ({@code IG: @lowongan.hk},
 * {@code @lowongan.hk (instagram)}, {@code fb Lowongan Kerja HK}). A handle without a
 * platform is kept under {@code other}. WhatsApp links are phone numbers, not accounts.
 */
public final class SocialAccounts {

	/** Names reporters use for a platform, to the platform's key. */
	static final Map<String, String> PLATFORMS = Map.ofEntries(Map.entry("instagram", "instagram"),
			Map.entry("ig", "instagram"), Map.entry("insta", "instagram"), Map.entry("facebook", "facebook"),
			Map.entry("fb", "facebook"), Map.entry("tiktok", "tiktok"), Map.entry("tik tok", "tiktok"),
			Map.entry("tt", "tiktok"), Map.entry("telegram", "telegram"), Map.entry("tg", "telegram"),
			Map.entry("twitter", "x"), Map.entry("x", "x"), Map.entry("youtube", "youtube"), Map.entry("yt", "youtube"),
			Map.entry("line", "line"), Map.entry("threads", "threads"));

	private static final Pattern LINK = Pattern.compile(
			"^(?:https?://)?(?:www\\.|m\\.|web\\.|mobile\\.)?(instagram\\.com|instagr\\.am|facebook\\.com|fb\\.com|fb\\.me|"
					+ "tiktok\\.com|t\\.me|telegram\\.me|twitter\\.com|x\\.com|youtube\\.com|threads\\.net)/(.*)$");

	private static final Map<String, String> HOSTS = Map.ofEntries(Map.entry("instagram.com", "instagram"),
			Map.entry("instagr.am", "instagram"), Map.entry("facebook.com", "facebook"),
			Map.entry("fb.com", "facebook"), Map.entry("fb.me", "facebook"), Map.entry("tiktok.com", "tiktok"),
			Map.entry("t.me", "telegram"), Map.entry("telegram.me", "telegram"), Map.entry("twitter.com", "x"),
			Map.entry("x.com", "x"), Map.entry("youtube.com", "youtube"), Map.entry("threads.net", "threads"));

	private static final Pattern FACEBOOK_ID = Pattern.compile("^profile\\.php\\?(?:.*&)?id=(\\d+).*$");

	private static final Pattern PLATFORM_FIRST = Pattern.compile("^([a-z ]{1,12}?)\\s*(?:[:=]\\s*|\\s+(?=@))@?(.+)$");

	private static final Pattern PLATFORM_AFTER = Pattern.compile("^@?(.+?)\\s*[(\\[]([a-z ]{1,12})[)\\]]$");

	/** Path segments of links that come before the handle ({@code youtube.com/c/x}). */
	private static final Set<String> PATH_WORDS = Set.of("c", "user", "channel", "people", "pg", "u");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SocialAccounts() {
	}

	/**
	 * The account's key {@code platform:handle}, or empty when nothing usable was
	 * written.
	 */
	public static Optional<String> normalise(String written) {
		if (written == null || written.isBlank() || written.length() > 300) {
			return Optional.empty();
		}
		String text = SPACES.matcher(written.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (text.contains("wa.me/") || text.contains("whatsapp.com")) {
			return Optional.empty();
		}
		Matcher link = LINK.matcher(text);
		if (link.matches()) {
			return fromLink(HOSTS.get(link.group(1)), link.group(2));
		}
		Matcher first = PLATFORM_FIRST.matcher(text);
		if (first.matches() && PLATFORMS.containsKey(first.group(1).trim())) {
			return key(PLATFORMS.get(first.group(1).trim()), first.group(2));
		}
		Matcher after = PLATFORM_AFTER.matcher(text);
		if (after.matches() && PLATFORMS.containsKey(after.group(2).trim())) {
			return key(PLATFORMS.get(after.group(2).trim()), after.group(1));
		}
		String[] words = text.split(" ", 2);
		if (words.length == 2 && PLATFORMS.containsKey(words[0]) && !"x".equals(words[0])) {
			return key(PLATFORMS.get(words[0]), words[1]);
		}
		return key("other", text);
	}

	private static Optional<String> fromLink(String platform, String path) {
		if ("facebook".equals(platform)) {
			Matcher id = FACEBOOK_ID.matcher(path);
			if (id.matches()) {
				return key(platform, id.group(1));
			}
		}
		String handle = path;
		int end = indexOfAny(handle, "?#");
		if (end >= 0) {
			handle = handle.substring(0, end);
		}
		String[] segments = handle.split("/");
		String chosen = "";
		for (String segment : segments) {
			if (!segment.isEmpty() && !PATH_WORDS.contains(segment)) {
				chosen = segment;
				break;
			}
		}
		return key(platform, chosen);
	}

	private static Optional<String> key(String platform, String handle) {
		String cleaned = handle.trim();
		while (cleaned.startsWith("@")) {
			cleaned = cleaned.substring(1);
		}
		while (cleaned.endsWith("/")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		cleaned = cleaned.trim();
		if (cleaned.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
			return Optional.empty();
		}
		return Optional.of(platform + ":" + cleaned);
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
