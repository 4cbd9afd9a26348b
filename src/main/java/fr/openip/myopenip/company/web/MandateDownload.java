package fr.openip.myopenip.company.web;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.SepaMandate;
import fr.openip.myopenip.company.domain.SepaMandate.MandateData;
import fr.openip.myopenip.shared.PortalClock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * "Générer le mandat": a SEPA mandate filled from what a billing point's form holds now
 * (the wizard's step 3, a billing point's page), dated today in Paris.
 */
final class MandateDownload {

	private MandateDownload() {
	}

	static ResponseEntity<byte[]> of(Company company, BillingPointForm form, SepaMandate mandate) {
		var details = form.toDetails();
		byte[] pdf = mandate.generate(new MandateData(company.getName(), details.holder(), details.address(),
				details.iban(), details.bic(), details.rum()), PortalClock.today());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("mandat-sepa-" + company.getId() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

}
