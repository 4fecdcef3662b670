package id.desabinaan.knowledge.regulation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.desabinaan.knowledge.RegulatedDataKind;
import id.desabinaan.platform.AuditLog;

/** One {@link RegulatedData} per kind of regulated data, with its bundled file. */
@Configuration(proxyBeanMethods = false)
class RegulationConfig {

	@Bean
	RegulatedData<FeeVersion> feeData(FeeVersions versions, RegulatedCalendar calendar, AuditLog audit,
			ApplicationEventPublisher events) {
		return new RegulatedData<>(RegulatedDataKind.FEE, versions, BundledRegulatedData::fees, calendar, audit,
				events);
	}

	@Bean
	RegulatedData<RequirementVersion> requirementData(RequirementVersions versions, RegulatedCalendar calendar,
			AuditLog audit, ApplicationEventPublisher events) {
		return new RegulatedData<>(RegulatedDataKind.REQUIREMENT, versions, BundledRegulatedData::requirements,
				calendar, audit, events);
	}

	@Bean
	RegulatedData<VisaFacilitationVersion> visaFacilitationData(VisaFacilitationVersions versions,
			RegulatedCalendar calendar, AuditLog audit, ApplicationEventPublisher events) {
		return new RegulatedData<>(RegulatedDataKind.VISA_FACILITATION, versions,
				BundledRegulatedData::visaFacilitations, calendar, audit, events);
	}

	@Bean
	RegulatedData<PlacementBanVersion> placementBanData(PlacementBanVersions versions, RegulatedCalendar calendar,
			AuditLog audit, ApplicationEventPublisher events) {
		return new RegulatedData<>(RegulatedDataKind.PLACEMENT_BAN, versions, BundledRegulatedData::placementBans,
				calendar, audit, events);
	}

}
