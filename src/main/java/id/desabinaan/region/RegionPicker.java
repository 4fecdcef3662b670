package id.desabinaan.region;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import id.desabinaan.shared.RegionCode;

/**
 * Reads what a person entered in the region picker fragment
 * ({@code templates/region/picker.html}): a name, a name narrowed by its ancestors
 * ("Pakuncen, Selomerto"), or a code ({@code 33.07.06.2009}, also without dots). A form
 * that includes the picker as {@code name} receives the typed text as {@code <name>Query}
 * and the chosen code, if any, as {@code <name>}, and calls
 * {@link #resolve(String, String, RegionLevel)}; when the result is not resolved it shows
 * the form again with the returned {@link RegionChoice}, which keeps the text and offers
 * the candidates as radio buttons.
 */
@Service
public class RegionPicker {

	/** Candidates offered when a name is ambiguous, or while typing. */
	public static final int MAX_CANDIDATES = 10;

	private static final Pattern CODE_LIKE = Pattern.compile("[0-9][0-9. ]*");

	private static final Pattern BARE_CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");

	private final RegionDirectory regions;

	RegionPicker(RegionDirectory regions) {
		this.regions = regions;
	}

	/** The picker's value for a stored code (e.g. when an edit form opens). */
	public RegionChoice of(String code) {
		if (code == null || code.isBlank()) {
			return RegionChoice.empty();
		}
		return this.regions.find(RegionCode.of(code))
			.map((region) -> RegionChoice.resolved(region.fullName(), region))
			.orElseGet(() -> RegionChoice.of(RegionChoice.Status.NOT_FOUND, code, List.of()));
	}

	/**
	 * Reads a submitted picker: the chosen code wins when it still fits the text (the
	 * person may have typed something else after choosing); otherwise the text is
	 * resolved.
	 * @param selectedCode the value of the {@code <name>} field (a radio button), may be
	 * {@code null}
	 * @param input the value of the {@code <name>Query} text field, may be {@code null}
	 * @param level the level the field asks for, {@code null} for any
	 */
	public RegionChoice resolve(String selectedCode, String input, RegionLevel level) {
		String text = (input != null) ? input : "";
		if (selectedCode != null && RegionCode.isValid(selectedCode.strip())) {
			Optional<RegionSummary> selected = this.regions.find(RegionCode.of(selectedCode.strip()))
				.filter((region) -> level == null || region.level() == level)
				.filter((region) -> fits(text, region));
			if (selected.isPresent()) {
				return RegionChoice.resolved(text, selected.get());
			}
		}
		return resolve(text, level);
	}

	/**
	 * Resolves typed text alone: a code, or a name that matches exactly one region (an
	 * exact name match wins over partial ones).
	 */
	public RegionChoice resolve(String input, RegionLevel level) {
		if (input == null || input.isBlank()) {
			return RegionChoice.empty();
		}
		String text = input.strip();
		if (CODE_LIKE.matcher(text).matches()) {
			return resolveCode(input, text.replace(" ", ""), level);
		}
		List<RegionSummary> found = this.regions.search(text, level, 50);
		if (found.isEmpty()) {
			return RegionChoice.of(RegionChoice.Status.NOT_FOUND, input, List.of());
		}
		String name = RegionIndex.normalize(text.split(",")[0]);
		List<RegionSummary> exact = found.stream().filter((region) -> sameName(region, name)).toList();
		List<RegionSummary> best = exact.isEmpty() ? found : exact;
		if (best.size() == 1) {
			return RegionChoice.resolved(input, best.get(0));
		}
		return RegionChoice.of(RegionChoice.Status.AMBIGUOUS, input,
				best.subList(0, Math.min(best.size(), MAX_CANDIDATES)));
	}

	/** Candidates while the person types (type-ahead); never resolves on its own. */
	public RegionChoice suggest(String input, RegionLevel level) {
		if (input == null || RegionIndex.normalize(input).length() < 2) {
			return RegionChoice.of(RegionChoice.Status.SUGGESTIONS, input, List.of());
		}
		String text = input.strip();
		String query = BARE_CODE.matcher(text).matches() ? dotted(text) : text;
		return RegionChoice.of(RegionChoice.Status.SUGGESTIONS, input,
				this.regions.search(query, level, MAX_CANDIDATES));
	}

	private RegionChoice resolveCode(String input, String code, RegionLevel level) {
		String dotted = BARE_CODE.matcher(code).matches() ? dotted(code) : code;
		if (!RegionCode.isValid(dotted)) {
			return RegionChoice.of(RegionChoice.Status.INVALID_CODE, input, List.of());
		}
		Optional<RegionSummary> region = this.regions.find(RegionCode.of(dotted));
		if (region.isEmpty()) {
			return RegionChoice.of(RegionChoice.Status.NOT_FOUND, input, List.of());
		}
		if (level != null && region.get().level() != level) {
			return RegionChoice.of(RegionChoice.Status.WRONG_LEVEL, input, List.of());
		}
		return RegionChoice.resolved(input, region.get());
	}

	/** {@code 3307062009} -> {@code 33.07.06.2009}. */
	private static String dotted(String digits) {
		StringBuilder code = new StringBuilder(digits.substring(0, 2));
		for (int at = 2; at < digits.length(); at += 2) {
			code.append('.').append(digits, at, (at == 6) ? digits.length() : at + 2);
			if (at == 6) {
				break;
			}
		}
		return code.toString();
	}

	private static boolean sameName(RegionSummary region, String name) {
		String own = RegionIndex.normalize(region.name());
		return own.equals(name) || RegionIndex.normalize(RegionKind.bareName(region.name())).equals(name);
	}

	/**
	 * Whether the typed text still describes the region (its code, or part of its name).
	 */
	private static boolean fits(String text, RegionSummary region) {
		if (text.isBlank()) {
			return true;
		}
		String typed = text.strip().replace(" ", "");
		if (typed.equals(region.code()) || typed.equals(region.code().replace(".", ""))) {
			return true;
		}
		String name = RegionIndex.normalize(text.split(",")[0]);
		return RegionIndex.normalize(region.fullName()).contains(name);
	}

}
