package id.desabinaan.knowledge.poster.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.poster.PosterTarget;
import id.desabinaan.knowledge.poster.ReadyPosters;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;

/**
 * The public ready posters: the duty to report foreigners as a web page and an A4 PDF
 * ({@code /poster/lapor-orang-asing}, for an office with {@code ?kantor=} or for a
 * village with {@code ?desa=}), and the job-offer check leaflet
 * ({@code /poster/cek-lowongan.pdf}).
 */
@Controller
class PosterController {

	private final ReadyPosters posters;

	private final OfficeDirectory offices;

	private final RegionPicker picker;

	PosterController(ReadyPosters posters, OfficeDirectory offices, RegionPicker picker) {
		this.posters = posters;
		this.offices = offices;
		this.picker = picker;
	}

	/**
	 * The poster as a page, with a form to choose the office (or the village, whose
	 * serving office is then named).
	 */
	@GetMapping(ReadyPosters.FOREIGNERS_PAGE)
	String foreigners(@RequestParam(required = false) String kantor, @RequestParam(required = false) String desa,
			@RequestParam(required = false) String desaQuery, Locale locale, Model model) {
		RegionChoice village = this.picker.resolve(desa, desaQuery, RegionLevel.VILLAGE);
		Optional<PosterTarget> target = this.posters.target(kantor, village.code());
		Poster poster = this.posters.foreigners(target.orElse(null), locale);
		model.addAttribute("poster", poster);
		model.addAttribute("target", target.orElse(null));
		model.addAttribute("villageChoice", village.isResolved() ? this.picker.of(null) : village);
		model.addAttribute("offices",
				this.offices.all().stream().filter((office) -> office.level() == OfficeLevel.OFFICE).toList());
		model.addAttribute("pdfQuery", target.map(PosterTarget::query).orElse(""));
		return "knowledge/poster/foreigners";
	}

	@GetMapping(ReadyPosters.FOREIGNERS_PAGE + ".pdf")
	ResponseEntity<byte[]> foreignersPdf(@RequestParam(required = false) String kantor,
			@RequestParam(required = false) String desa, Locale locale) {
		Optional<PosterTarget> target = this.posters.target(kantor, desa);
		return pdf(this.posters.foreigners(target.orElse(null), locale), "poster-lapor-orang-asing", locale);
	}

	@GetMapping("/poster/cek-lowongan.pdf")
	ResponseEntity<byte[]> leaflet(@RequestParam(required = false) String kantor,
			@RequestParam(required = false) String desa, Locale locale) {
		Optional<PosterTarget> target = this.posters.target(kantor, desa);
		return pdf(this.posters.jobCheckLeaflet(target.orElse(null), locale), "selebaran-cek-lowongan", locale);
	}

	private ResponseEntity<byte[]> pdf(Poster poster, String name, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".pdf").build().toString())
			.body(this.posters.pdf(poster, locale));
	}

}
