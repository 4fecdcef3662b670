package id.desabinaan.outreach;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * The editable reference lists (partner institutions, topics): SYSTEM_ADMIN adds entries,
 * renames them, reorders them and retires them. Entries are never deleted, so activities
 * that named a retired entry keep showing it.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceLists {

	private final ReferenceEntries entries;

	ReferenceLists(ReferenceEntries entries) {
		this.entries = entries;
	}

	/** Whether the user edits the lists. */
	public boolean mayEdit(CurrentUser user) {
		return user != null && user.hasRole(Role.SYSTEM_ADMIN);
	}

	/** Every entry of a list, retired ones included, in order. */
	public List<ReferenceItem> entries(CurrentUser user, ReferenceKind kind) {
		requireEditor(user);
		return this.entries.findByKindOrderByPositionAscIdAsc(kind).stream().map(ReferenceEntry::item).toList();
	}

	/** Adds an entry; its code is made from the Indonesian name. */
	@Transactional
	public long add(CurrentUser user, ReferenceKind kind, String nameId, String nameEn, boolean needsText,
			int position) {
		requireEditor(user);
		String code = codeOf(Texts.required("nameId", nameId, 200));
		if (this.entries.existsByKindAndCode(kind, code)) {
			throw new RuleViolationException("nameId", "outreach.reference.error.exists");
		}
		return this.entries.saveAndFlush(new ReferenceEntry(kind, code, nameId, nameEn, needsText, position)).getId();
	}

	/** Renames, reorders, retires or restores an entry. */
	@Transactional
	public void change(CurrentUser user, long id, String nameId, String nameEn, boolean needsText, int position,
			boolean active) {
		requireEditor(user);
		ReferenceEntry entry = this.entries.findById(id)
			.orElseThrow(() -> new NotFoundException("outreach.reference.notFound", id));
		entry.change(nameId, nameEn, needsText, position);
		entry.setActive(active);
		this.entries.saveAndFlush(entry);
	}

	/** {@code "Dinas Sosial"} becomes {@code DINAS_SOSIAL}. */
	static String codeOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
		code = code.isEmpty() ? "ENTRY" : code;
		return (code.length() > 40) ? code.substring(0, 40) : code;
	}

	private void requireEditor(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Only an administrator edits the reference lists");
		}
	}

}
