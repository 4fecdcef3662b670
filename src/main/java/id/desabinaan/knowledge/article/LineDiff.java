package id.desabinaan.knowledge.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence after the shared head and tail are
 * set aside), for comparing two versions of an article on the server.
 */
public final class LineDiff {

	/** Above this many cells the middle is shown as removed then added, not aligned. */
	private static final long MAX_CELLS = 4_000_000;

	private LineDiff() {
	}

	/** What happened to a line. */
	public enum Change {

		/** In both texts. */
		SAME,
		/** Only in the older text. */
		REMOVED,
		/** Only in the newer text. */
		ADDED

	}

	/**
	 * One line of the comparison.
	 *
	 * @param change what happened to it
	 * @param text the line
	 * @param oldNumber its number in the older text, 0 if added
	 * @param newNumber its number in the newer text, 0 if removed
	 */
	public record Line(Change change, String text, int oldNumber, int newNumber) {
	}

	public static List<Line> of(String older, String newer) {
		String[] a = lines(older);
		String[] b = lines(newer);
		int head = 0;
		while (head < a.length && head < b.length && a[head].equals(b[head])) {
			head++;
		}
		int tail = 0;
		while (tail < a.length - head && tail < b.length - head
				&& a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
			tail++;
		}
		List<Line> result = new ArrayList<>();
		for (int i = 0; i < head; i++) {
			result.add(new Line(Change.SAME, a[i], i + 1, i + 1));
		}
		middle(Arrays.copyOfRange(a, head, a.length - tail), Arrays.copyOfRange(b, head, b.length - tail), head,
				result);
		for (int i = tail; i > 0; i--) {
			result.add(new Line(Change.SAME, a[a.length - i], a.length - i + 1, b.length - i + 1));
		}
		return result;
	}

	/** Whether the two texts differ at all. */
	public static boolean changed(List<Line> lines) {
		return lines.stream().anyMatch((line) -> line.change() != Change.SAME);
	}

	private static void middle(String[] a, String[] b, int offset, List<Line> result) {
		if ((long) a.length * b.length > MAX_CELLS) {
			for (int i = 0; i < a.length; i++) {
				result.add(new Line(Change.REMOVED, a[i], offset + i + 1, 0));
			}
			for (int j = 0; j < b.length; j++) {
				result.add(new Line(Change.ADDED, b[j], 0, offset + j + 1));
			}
			return;
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				result.add(new Line(Change.SAME, a[i], offset + i + 1, offset + j + 1));
				i++;
				j++;
			}
			else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
				result.add(new Line(Change.REMOVED, a[i], offset + i + 1, 0));
				i++;
			}
			else {
				result.add(new Line(Change.ADDED, b[j], 0, offset + j + 1));
				j++;
			}
		}
	}

	private static String[] lines(String text) {
		if (text == null || text.isEmpty()) {
			return new String[0];
		}
		return text.replace("\r\n", "\n").split("\n", -1);
	}

}
