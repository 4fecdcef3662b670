package id.desabinaan.earlywarning.queue;

import java.util.List;

/**
 * One page of the queue.
 *
 * @param rows the reports of the page
 * @param total how many reports match
 * @param page the page number, from 1
 * @param size reports per page
 * @param searchCapped whether a search found more matches than it hands on
 */
record QueuePage(List<QueueRow> rows, long total, int page, int size, boolean searchCapped) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	/** Number of the first report on the page, from 1 (0 when empty). */
	public long first() {
		return this.rows.isEmpty() ? 0 : (long) (this.page - 1) * this.size + 1;
	}

	public long last() {
		return this.rows.isEmpty() ? 0 : first() + this.rows.size() - 1;
	}

}
