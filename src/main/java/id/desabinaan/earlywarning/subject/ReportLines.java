package id.desabinaan.earlywarning.subject;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;

/** Builds {@link ReportLine}s with village names, looking each village up once. */
@Component
class ReportLines {

	private final RegionDirectory regions;

	ReportLines(RegionDirectory regions) {
		this.regions = regions;
	}

	/**
	 * A fresh line builder for one request (remembers the village names it looked up).
	 */
	Builder builder() {
		return new Builder();
	}

	final class Builder {

		private final Map<String, String> names = new HashMap<>();

		ReportLine of(Report report) {
			String name = this.names.computeIfAbsent(report.getVillageCode(), ReportLines.this::villageName);
			return new ReportLine(report.getId(), report.getCategory(), report.getVillageCode(), name,
					report.getReceivedOn(), report.getState(), report.getClosingReason(), report.getMergedInto());
		}

	}

	private String villageName(String code) {
		if (!RegionCode.isValid(code)) {
			return code;
		}
		return ReportLines.this.regions.find(RegionCode.of(code)).map(RegionSummary::name).orElse(code);
	}

}
