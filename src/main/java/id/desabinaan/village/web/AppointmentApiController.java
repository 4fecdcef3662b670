package id.desabinaan.village.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.internal.AppointmentDecree;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.OfficerService.AppointmentView;
import id.desabinaan.village.internal.OfficerService.PublicAppointment;
import id.desabinaan.village.internal.VillageService;

/**
 * PIMPASA appointments: the public reads who mentors a partner village (name and public
 * contact only); staff who administer the Kanim's programme appoint officers, with the
 * same rules as the village page.
 */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "PIMPASA officers appointed to partner villages")
class AppointmentApiController {

	private final OfficerService officers;

	private final VillageService villages;

	private final AccountDirectory accounts;

	AppointmentApiController(OfficerService officers, VillageService villages, AccountDirectory accounts) {
		this.officers = officers;
		this.villages = villages;
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Officers appointed to a partner village: those in force today, or every appointment "
			+ "with history=true (officer's display name, public contact, from, until)")
	List<PublicAppointment> list(@Parameter(description = "desa/kelurahan code, e.g. 33.07.06.2009") @RequestParam(
			required = false) String village, @RequestParam(defaultValue = "false") boolean history) {
		String code = villageCode(village);
		return this.officers.publicAppointments(this.villages.publicVillage(code).id(), history);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appoint an officer (PIMPASA or staff account of the serving Kanim) to a partner village; "
			+ "for its office head, his delegates and administrators. Bad input is a 400 naming the field, "
			+ "a broken rule (overlapping appointment) a 409.")
	AppointmentResponse appoint(@AuthenticationPrincipal CurrentUser user, @RequestBody AppointmentRequest request) {
		long village = this.villages.openDesignation(villageCode(request.village()));
		if (!this.officers.mayAppoint(user, village)) {
			throw new AccessDeniedException("This account may not appoint officers to this village");
		}
		AccountSummary officer = this.accounts.findByUsername(request.officer())
			.orElseThrow(() -> new InvalidInputException("officer", "village.appointment.error.notOfficer"));
		AppointmentDecree decree = new AppointmentDecree(request.decreeNumber(),
				VillageForms.date(request.decreeDate(), "decreeDate"));
		long id = this.officers.appoint(user, village, officer.id(), decree,
				VillageForms.date(request.startDate(), "startDate"), request.contact());
		return AppointmentResponse.of(this.officers.appointment(user, id));
	}

	private static String villageCode(String village) {
		String code = (village != null) ? village.strip() : "";
		if (!RegionCode.isValid(code) || RegionCode.of(code).depth() != 4) {
			throw new InvalidInputException("village", "village.error.village.required");
		}
		return code;
	}

	/**
	 * A new appointment.
	 *
	 * @param village the desa/kelurahan code of the partner village
	 * @param officer the officer's username
	 * @param decreeNumber SK number of the appointment
	 * @param decreeDate SK date (ISO, yyyy-mm-dd)
	 * @param startDate first day (ISO)
	 * @param contact public contact channel (Indonesian phone/WhatsApp number or e-mail),
	 * optional
	 */
	record AppointmentRequest(String village, String officer, String decreeNumber, String decreeDate, String startDate,
			String contact) {
	}

	/**
	 * The appointment made.
	 *
	 * @param id the appointment
	 * @param village the village code
	 * @param officer the officer's username
	 * @param officerName the officer's display name
	 * @param contact the public contact channel in its stored form
	 * @param decreeNumber SK number
	 * @param decreeDate SK date
	 * @param from first day
	 * @param until last day, {@code null} while open
	 */
	record AppointmentResponse(long id, String village, String officer, String officerName, String contact,
			String decreeNumber, LocalDate decreeDate, LocalDate from, LocalDate until) {

		static AppointmentResponse of(AppointmentView view) {
			return new AppointmentResponse(view.id(), view.villageCode(), view.username(), view.officerName(),
					view.contact(), view.decreeNumber(), view.decreeDate(), view.from(), view.until());
		}

	}

}
