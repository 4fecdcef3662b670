package id.desabinaan.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import id.desabinaan.shared.RegionCode;

/**
 * {@link RegionDirectory} answered from memory. Regions are immutable reference data
 * (about 91,600 rows, a few tens of MB on the heap), so every node keeps a copy loaded
 * from the {@code region} table: lookups take microseconds and a name search scans all
 * names in about a millisecond, with no database round trip. The copy is loaded after the
 * import at start-up, or on first use.
 */
@Component
class RegionIndex implements RegionDirectory {

	private static final Logger log = LoggerFactory.getLogger(RegionIndex.class);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern CODE_PREFIX = Pattern.compile("[0-9][0-9.]*");

	private final JdbcTemplate jdbc;

	private volatile Snapshot snapshot;

	RegionIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lower case, trimmed, inner whitespace collapsed: the form names are compared in.
	 */
	static String normalize(String text) {
		return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/** Reads the region table again (after an import). */
	void reload() {
		long start = System.nanoTime();
		Snapshot loaded = Snapshot.load(this.jdbc);
		this.snapshot = loaded;
		log.info("Region index holds {} regions, loaded in {} ms", loaded.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			synchronized (this) {
				current = this.snapshot;
				if (current == null) {
					reload();
					current = this.snapshot;
				}
			}
		}
		return current;
	}

	@Override
	public Optional<RegionSummary> find(RegionCode code) {
		Snapshot s = snapshot();
		Integer i = s.byCode.get(code.value());
		return (i != null) ? Optional.of(s.summary(i)) : Optional.empty();
	}

	@Override
	public List<RegionSummary> provinces() {
		Snapshot s = snapshot();
		List<RegionSummary> provinces = new ArrayList<>(40);
		for (int i = 0; i < s.size(); i++) {
			if (s.levels[i] == RegionLevel.PROVINCE && !s.retired[i]) {
				provinces.add(s.summary(i));
			}
		}
		return provinces;
	}

	@Override
	public List<RegionSummary> children(RegionCode code) {
		Snapshot s = snapshot();
		Integer i = s.byCode.get(code.value());
		if (i == null) {
			return List.of();
		}
		List<RegionSummary> children = new ArrayList<>(s.children[i].length);
		for (int child : s.children[i]) {
			if (!s.retired[child]) {
				children.add(s.summary(child));
			}
		}
		return children;
	}

	/**
	 * Regions whose name contains the query, case-insensitive. Ranked by closeness (the
	 * whole name, then the start of the name, then the start of a word, then anywhere;
	 * "Kabupaten "/"Kota " do not count), then villages before districts, regencies and
	 * provinces, then shorter names, then code. Parts after a comma narrow by ancestor
	 * names ("pakuncen, selomerto"). A query of digits and dots matches codes by prefix
	 * (falling back to names: "19 Nopember"). Retired codes are never returned.
	 */
	@Override
	public List<RegionSummary> search(String query, RegionLevel level, int limit) {
		if (query == null || limit <= 0) {
			return List.of();
		}
		String normalized = normalize(query);
		if (normalized.isEmpty()) {
			return List.of();
		}
		Snapshot s = snapshot();
		if (CODE_PREFIX.matcher(normalized).matches()) {
			List<RegionSummary> byCode = s.searchCode(normalized, level, limit);
			if (!byCode.isEmpty()) {
				return byCode;
			}
		}
		return s.searchName(normalized, level, limit);
	}

	private static final class Snapshot {

		private final String[] codes;

		private final String[] names;

		/** normalized name */
		private final String[] search;

		/** normalized name without "kabupaten "/"kota " (same instance when none) */
		private final String[] bare;

		private final RegionLevel[] levels;

		private final String[] kinds;

		private final int[] parents;

		private final boolean[] retired;

		private final int[][] children;

		private final Map<String, Integer> byCode;

		private Snapshot(List<Loaded> rows) {
			int n = rows.size();
			this.codes = new String[n];
			this.names = new String[n];
			this.search = new String[n];
			this.bare = new String[n];
			this.levels = new RegionLevel[n];
			this.kinds = new String[n];
			this.parents = new int[n];
			this.retired = new boolean[n];
			this.byCode = HashMap.newHashMap(n);
			for (int i = 0; i < n; i++) {
				Loaded row = rows.get(i);
				this.codes[i] = row.code;
				this.names[i] = row.name;
				this.search[i] = normalize(row.name);
				String bareName = normalize(RegionKind.bareName(row.name));
				this.bare[i] = bareName.equals(this.search[i]) ? this.search[i] : bareName;
				this.levels[i] = RegionLevel.valueOf(row.level);
				this.kinds[i] = row.kind;
				this.retired[i] = row.retired;
				this.byCode.put(row.code, i);
			}
			int[] childCount = new int[n];
			for (int i = 0; i < n; i++) {
				Loaded row = rows.get(i);
				Integer parent = (row.parentCode != null) ? this.byCode.get(row.parentCode) : null;
				this.parents[i] = (parent != null) ? parent : -1;
				if (parent != null) {
					childCount[parent]++;
				}
			}
			this.children = new int[n][];
			for (int i = 0; i < n; i++) {
				this.children[i] = new int[childCount[i]];
				childCount[i] = 0;
			}
			for (int i = 0; i < n; i++) {
				int parent = this.parents[i];
				if (parent >= 0) {
					this.children[parent][childCount[parent]++] = i;
				}
			}
		}

		static Snapshot load(JdbcTemplate jdbc) {
			List<Loaded> rows = new ArrayList<>(92_000);
			jdbc.query("select code, parent_code, level, kind, name, retired_at from region",
					(RowCallbackHandler) (rs) -> rows.add(new Loaded(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getObject(6) != null)));
			// Java order, not the database collation: parents first, code prefixes
			// contiguous
			rows.sort(Comparator.comparing(Loaded::code));
			return new Snapshot(rows);
		}

		int size() {
			return this.codes.length;
		}

		RegionSummary summary(int i) {
			List<String> path = new ArrayList<>(3);
			for (int p = this.parents[i]; p >= 0; p = this.parents[p]) {
				path.add(this.names[p]);
			}
			return new RegionSummary(this.codes[i], this.names[i], this.levels[i], this.kinds[i], List.copyOf(path));
		}

		List<RegionSummary> searchCode(String prefix, RegionLevel level, int limit) {
			int from = Arrays.binarySearch(this.codes, prefix);
			if (from < 0) {
				from = -from - 1;
			}
			List<RegionSummary> found = new ArrayList<>();
			for (int i = from; i < this.codes.length && found.size() < limit && this.codes[i].startsWith(prefix); i++) {
				if (!this.retired[i] && (level == null || this.levels[i] == level)) {
					found.add(summary(i));
				}
			}
			return found;
		}

		List<RegionSummary> searchName(String query, RegionLevel level, int limit) {
			String[] parts = query.split(",");
			String name = parts[0].strip();
			List<String> qualifiers = Arrays.stream(parts)
				.skip(1)
				.map(String::strip)
				.filter((p) -> !p.isEmpty())
				.toList();
			if (name.isEmpty()) {
				return List.of();
			}
			long[] keys = new long[64];
			int found = 0;
			for (int i = 0; i < this.codes.length; i++) {
				if (this.retired[i] || (level != null && this.levels[i] != level)) {
					continue;
				}
				int closeness = closeness(this.search[i], name);
				if (this.bare[i] != this.search[i]) {
					int bareCloseness = closeness(this.bare[i], name);
					if (bareCloseness >= 0 && (closeness < 0 || bareCloseness < closeness)) {
						closeness = bareCloseness;
					}
				}
				if (closeness < 0 || !ancestorsMatch(i, qualifiers)) {
					continue;
				}
				if (found == keys.length) {
					keys = Arrays.copyOf(keys, found * 2);
				}
				long levelRank = RegionLevel.VILLAGE.ordinal() - this.levels[i].ordinal();
				long length = Math.min(this.names[i].length(), 4095);
				keys[found++] = ((long) closeness << 40) | (levelRank << 36) | (length << 24) | i;
			}
			Arrays.sort(keys, 0, found);
			List<RegionSummary> result = new ArrayList<>(Math.min(found, limit));
			for (int k = 0; k < found && k < limit; k++) {
				result.add(summary((int) (keys[k] & 0xFFFFFF)));
			}
			return result;
		}

		/** 0 same, 1 starts with, 2 a word starts with, 3 contains, -1 no match. */
		private static int closeness(String candidate, String query) {
			int at = candidate.indexOf(query);
			if (at < 0) {
				return -1;
			}
			if (at == 0) {
				return (candidate.length() == query.length()) ? 0 : 1;
			}
			while (at > 0) {
				if (!Character.isLetterOrDigit(candidate.charAt(at - 1))) {
					return 2;
				}
				at = candidate.indexOf(query, at + 1);
			}
			return 3;
		}

		private boolean ancestorsMatch(int i, List<String> qualifiers) {
			for (String qualifier : qualifiers) {
				boolean matched = false;
				for (int p = this.parents[i]; p >= 0 && !matched; p = this.parents[p]) {
					matched = this.search[p].contains(qualifier);
				}
				if (!matched) {
					return false;
				}
			}
			return true;
		}

	}

	private record Loaded(String code, String parentCode, String level, String kind, String name, boolean retired) {
	}

}
