package fr.openip.myopenip.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * The documents a quote refers to ("Documents" of its summary): the "Conditions Générales
 * d'Accès aux Services" and the "Catalogue Tarifaire Entreprises", the latter printed
 * from the catalogue as it is on the day (client prices only).
 */
@Controller
class CatalogueDocumentController {

	private final Catalogue catalogue;

	private final PdfDocuments pdfs;

	private final Clock clock;

	CatalogueDocumentController(Catalogue catalogue, PdfDocuments pdfs, Clock clock) {
		this.catalogue = catalogue;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@GetMapping("/catalogue/documents/conditions")
	ResponseEntity<byte[]> conditions() {
		return PdfDocuments.response(this.pdfs.render("conditions", Map.of("today", today())),
				"conditions-generales.pdf", true);
	}

	@GetMapping("/catalogue/documents/tarifs")
	ResponseEntity<byte[]> tariffs() {
		Map<OfferView, List<ProductView>> offers = new LinkedHashMap<>();
		this.catalogue.offersOnSale().forEach((offer) -> offers.put(offer, this.catalogue.productsOnSale(offer.id())));
		return PdfDocuments.response(this.pdfs.render("tariffs", Map.of("offers", offers, "today", today())),
				"catalogue-tarifaire-entreprises.pdf", true);
	}

	private LocalDate today() {
		return PortalClock.today(this.clock);
	}

}
