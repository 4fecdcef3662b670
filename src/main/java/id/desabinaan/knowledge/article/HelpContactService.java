package id.desabinaan.knowledge.article;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;

/**
 * The help contacts (hotlines, websites, offices) that articles show through
 * {@value MarkdownRenderer#HELP_CONTACTS}. National editors and SYSTEM_ADMIN change them;
 * every staff member reads them. A change reaches the articles at once (their caching
 * headers and search documents follow).
 */
@Service
public class HelpContactService {

	private final HelpContacts contacts;

	private final EditorRights rights;

	private final SiteSearch search;

	HelpContactService(HelpContacts contacts, EditorRights rights, SiteSearch search) {
		this.contacts = contacts;
		this.rights = rights;
		this.search = search;
	}

	/** Every contact, retired ones too, in list order. */
	@Transactional(readOnly = true)
	public List<HelpContact> all() {
		return this.contacts.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public HelpContact byCode(String code) {
		return this.contacts.findByCode(code)
			.orElseThrow(() -> new NotFoundException("article.contact.notFound", code));
	}

	/** Whether the account changes help contacts (national editors). */
	@Transactional(readOnly = true)
	public boolean mayChange(CurrentUser user) {
		return this.rights.rightsOf(user).mayEdit(null);
	}

	@Transactional
	public long create(CurrentUser user, String code, HelpContactData data) {
		requireChanger(user);
		data.check();
		String key = codeOf((code != null && !code.isBlank()) ? code : data.nameId());
		int suffix = 1;
		String unique = key;
		while (this.contacts.existsByCode(unique)) {
			unique = key + "-" + (++suffix);
		}
		long id = this.contacts.save(new HelpContact(unique, data)).getId();
		this.search.refresh(ArticleSearchSource.KIND);
		return id;
	}

	@Transactional
	public void update(CurrentUser user, long id, HelpContactData data) {
		requireChanger(user);
		data.check();
		this.contacts.findById(id)
			.orElseThrow(() -> new NotFoundException("article.contact.notFound", id))
			.update(data);
		this.search.refresh(ArticleSearchSource.KIND);
	}

	/** The active contacts, as articles show them. */
	@Transactional(readOnly = true)
	List<HelpContact> active() {
		return this.contacts.findByActiveTrueOrderByPositionAscIdAsc();
	}

	/**
	 * The state of the help contacts, for caching.
	 *
	 * @param tag changes whenever any contact changes
	 * @param lastChange when a contact last changed, {@code null} if never
	 */
	record Stamp(String tag, Instant lastChange) {
	}

	@Transactional(readOnly = true)
	Stamp stamp() {
		Object[] row = this.contacts.stamp().get(0);
		Instant last = (row[1] instanceof Instant at) ? at : null;
		return new Stamp(row[0] + "@" + ((last != null) ? last.toEpochMilli() : 0), last);
	}

	/** A stable code from a name: lower-case letters, digits and dashes. */
	static String codeOf(String name) {
		String code = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		code = (code.length() > 50) ? code.substring(0, 50) : code;
		return code.isEmpty() ? "kontak" : code;
	}

	private void requireChanger(CurrentUser user) {
		if (!mayChange(user)) {
			throw new AccessDeniedException("Only national editors change help contacts");
		}
	}

}
