package fr.openip.myopenip.company.web;

import java.util.List;

import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.domain.BillingPoint.PaymentTerms;
import fr.openip.myopenip.company.VatRegime;
import fr.openip.myopenip.company.domain.Company.GuaranteeType;
import fr.openip.myopenip.company.domain.Company.LegalForm;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.domain.Contact.Function;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The choices of the company forms' selects, given to the company pages as
 * {@code choices}.
 */
@ControllerAdvice(
		assignableTypes = { ClientWizardController.class, NewClientController.class, ClientAccountController.class,
				ClientController.class, ClientPartsController.class, BillingPointController.class })
class FormChoices {

	/** What the selects of the company forms offer. */
	record Choices(List<LegalForm> legalForms, List<CompanyUniverse> universes, List<GuaranteeType> guaranteeTypes,
			List<PaymentMode> paymentModes, List<PaymentTerms> paymentTerms, List<VatRegime> vatRegimes,
			List<Civility> civilities, List<Function> functions) {
	}

	private static final Choices CHOICES = new Choices(List.of(LegalForm.values()),
			List.of(CompanyUniverse.END_CLIENT, CompanyUniverse.OTHER), List.of(GuaranteeType.values()),
			List.of(PaymentMode.values()), List.of(PaymentTerms.values()), List.of(VatRegime.values()),
			List.of(Civility.values()), List.of(Function.values()));

	@ModelAttribute("choices")
	Choices choices() {
		return CHOICES;
	}

}
