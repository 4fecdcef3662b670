package id.desabinaan.earlywarning.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportField;
import id.desabinaan.earlywarning.ReportIntake;
import id.desabinaan.earlywarning.ReportReceipt;
import id.desabinaan.earlywarning.ReportSubmission;
import id.desabinaan.earlywarning.ReportSubmission.Contact;
import id.desabinaan.earlywarning.ReportSubmission.Upload;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.intake.AttachmentInspector;
import id.desabinaan.earlywarning.intake.AttachmentInspector.StoredFile;
import id.desabinaan.earlywarning.intake.RiskScoring;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RandomCodes;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * What the public and the staff report forms share: the model of the form, and reading a
 * sent form into a {@link ReportSubmission}. Attachments are checked, cleaned and stored
 * first, so that a form shown again for another mistake keeps them (listed with their
 * digest, sent again as hidden keys): nothing entered is lost.
 */
@Component
class ReportFormSupport {

	static final String FORM = "earlywarning/intake/form";

	static final String CHOOSE = "earlywarning/intake/choose";

	private final ReportIntake intake;

	private final AttachmentInspector inspector;

	private final RiskScoring risk;

	private final RegionPicker picker;

	private final ReportCalendar calendar;

	ReportFormSupport(ReportIntake intake, AttachmentInspector inspector, RiskScoring risk, RegionPicker picker,
			ReportCalendar calendar) {
		this.intake = intake;
		this.inspector = inspector;
		this.risk = risk;
		this.picker = picker;
		this.calendar = calendar;
	}

	/** The category named in the address, if it is one. */
	static Optional<ReportCategory> category(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Arrays.stream(ReportCategory.values())
			.filter((c) -> c.name().equalsIgnoreCase(name.strip()))
			.findFirst();
	}

	/** A fresh form for a category. */
	ReportForm fresh(ReportCategory category) {
		ReportForm form = new ReportForm();
		form.setCategory(category.name());
		form.setFormKey("web-" + RandomCodes.next(24));
		return form;
	}

	String choose(Model model, String action) {
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("action", action);
		return CHOOSE;
	}

	/** The form page, with what was entered and the errors. */
	String show(Model model, ReportForm form, ReportCategory category, RegionChoice village, FormErrors errors,
			CurrentUser user, String action) {
		List<StoredFile> kept = new ArrayList<>();
		form.getKept().forEach((key) -> this.inspector.stored(key).ifPresent(kept::add));
		model.addAttribute("form", form);
		model.addAttribute("category", category);
		model.addAttribute("fields", ReportField.of(category));
		model.addAttribute("signs", this.risk.checklist(this.calendar.today(null)));
		model.addAttribute("answers", IndicatorAnswer.values());
		model.addAttribute("villageChoice", village);
		model.addAttribute("errors", errors.asMap());
		model.addAttribute("keptFiles", kept);
		model.addAttribute("limits", this.inspector.limits());
		model.addAttribute("staff", user != null);
		model.addAttribute("villageOfficial", user != null && user.role() == Role.VILLAGE_OFFICIAL);
		model.addAttribute("action", action);
		return FORM;
	}

	RegionChoice village(ReportForm form, CurrentUser user) {
		if (user != null && user.role() == Role.VILLAGE_OFFICIAL) {
			return this.picker.of(user.scope().villageCode());
		}
		return this.picker.resolve(form.getVillage(), form.getVillageQuery(), RegionLevel.VILLAGE).required();
	}

	/** The outcome of sending a form: a receipt, or the errors to show. */
	record Outcome(ReportReceipt receipt, FormErrors errors) {
	}

	/**
	 * Reads and submits a form.
	 * @param user the signed-in reporter on the staff form, {@code null} on the public
	 * form
	 */
	Outcome submit(ReportForm form, ReportCategory category, RegionChoice village, CurrentUser user) {
		FormErrors errors = new FormErrors();
		List<String> kept = keptAndNew(form, errors);
		form.setKept(kept);
		if (!village.isResolved()) {
			errors.add("village", village.messageCode() != null ? village.messageCode() : "region.picker.missing",
					village.input());
		}
		BigDecimal latitude = null;
		BigDecimal longitude = null;
		if (form.isPin()) {
			latitude = decimal(form.getLatitude(), "latitude", errors);
			longitude = decimal(form.getLongitude(), "longitude", errors);
		}
		Map<String, IndicatorAnswer> answers = new LinkedHashMap<>();
		form.getIndicators().forEach((code, value) -> {
			if (value != null && !value.isBlank()) {
				try {
					answers.put(code, IndicatorAnswer.valueOf(value));
				}
				catch (IllegalArgumentException ex) {
					errors.add("indicators", "ewintake.error.indicator.answer", code);
				}
			}
		});
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		boolean onBehalf = user != null && user.role() != Role.VILLAGE_OFFICIAL && form.isOnBehalf();
		Contact contact = (user == null || onBehalf) ? new Contact(form.getContactName(), form.getContactPhone(),
				form.getContactEmail(), form.isContactConsent()) : null;
		ReportChannel channel = (user == null) ? ReportChannel.WEB
				: (onBehalf || "IN_PERSON".equals(form.getChannel())) ? ReportChannel.IN_PERSON : ReportChannel.WEB;
		ReporterKind kind = (user == null) ? ReporterKind.ANONYMOUS : ReporterKind.STAFF;
		Locale locale = LocaleContextHolder.getLocale();
		try {
			ReportReceipt receipt = this.intake.submit(new ReportSubmission(category, channel, kind, village.code(),
					form.getPlaceText(), latitude, longitude, form.getDescription(), form.getDetails(), answers,
					contact, locale.getLanguage(), form.getFormKey(), onBehalf, user, List.of(), kept));
			return new Outcome(receipt, errors);
		}
		catch (InvalidInputException ex) {
			errors.add(ex);
		}
		catch (RuleViolationException ex) {
			errors.add(ex);
		}
		catch (DataAccessException | TransactionException ex) {
			// the report was not stored (the transaction did not commit): no receipt
			errors.add("form", "ewintake.error.notStored");
		}
		return new Outcome(null, errors);
	}

	private List<String> keptAndNew(ReportForm form, FormErrors errors) {
		List<String> kept = new ArrayList<>();
		for (String key : form.getKept()) {
			if (this.inspector.stored(key).isPresent() && !kept.contains(key)) {
				kept.add(key);
			}
		}
		int max = this.inspector.limits().maxFiles();
		for (MultipartFile file : form.getAttachments()) {
			if (file == null || file.isEmpty()) {
				continue;
			}
			if (kept.size() >= max) {
				errors.add(AttachmentInspector.FIELD, "ewintake.attachment.tooMany", max);
				break;
			}
			try {
				StoredFile stored = this.inspector.accept(new Upload(file.getOriginalFilename(), file.getBytes()));
				if (!kept.contains(stored.key())) {
					kept.add(stored.key());
				}
			}
			catch (InvalidInputException ex) {
				errors.add(ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return kept;
	}

	private static BigDecimal decimal(String value, String field, FormErrors errors) {
		if (value == null || value.isBlank()) {
			errors.add(field, "earlywarning.pin.incomplete");
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.')).setScale(6, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(field, "ewintake.error.pin.number");
			return null;
		}
	}

}
