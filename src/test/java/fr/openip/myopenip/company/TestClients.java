package fr.openip.myopenip.company;

import fr.openip.myopenip.company.domain.ClientWizard;
import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ContactDetails;
import fr.openip.myopenip.company.domain.GeneralInformation;
import fr.openip.myopenip.company.Address;
import fr.openip.myopenip.company.domain.BillingDetails;
import fr.openip.myopenip.company.domain.SiteDetails;
import fr.openip.myopenip.company.domain.CompanyRepository;
import fr.openip.myopenip.company.domain.CompanyDocuments;
import fr.openip.myopenip.company.domain.Company;

import java.util.List;
import java.util.Set;

import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.domain.BillingPoint.PaymentTerms;
import fr.openip.myopenip.company.VatRegime;
import fr.openip.myopenip.company.domain.Company.GuaranteeType;
import fr.openip.myopenip.company.domain.Company.LegalForm;
import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.domain.Contact.Function;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds clients and prospects of a reseller for tests, through the wizard as a user
 * would.
 */
@Component
public class TestClients {

	public static final String SIREN = "732829320";

	public static final String SIRET = "73282932000074";

	private final ClientWizard wizard;

	private final ClientDirectory directory;

	private final CompanyRepository companies;

	TestClients(ClientWizard wizard, ClientDirectory directory, CompanyRepository companies) {
		this.wizard = wizard;
		this.directory = directory;
		this.companies = companies;
	}

	public long resellerId(String name) {
		SecurityContextHolder.clearContext();
		return this.companies.findByUniverseInOrderByName(List.of(CompanyUniverse.RESELLER))
			.stream()
			.filter(company -> company.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/**
	 * A client of "Alpha Télécom" with its main site, billing point and administrator.
	 */
	public Company aClientOfAlpha(String name) {
		return create(name, resellerId("Alpha Télécom"), false, 4);
	}

	/** A client of "Alpha Télécom" whose billing point has a RIB. */
	public Company aClientOfAlphaWithRib(String name) {
		return aClientWithRib(name, resellerId("Alpha Télécom"));
	}

	/** A client of this reseller, complete, whose billing point has a RIB. */
	public Company aClientWithRib(String name, long resellerId) {
		Company company = create(name, resellerId, false, 4);
		var point = this.directory.file(company.getId()).billingPoints().get(0);
		this.wizard.saveBillingPoint(company.getId(), point.details(),
				List.of(new CompanyDocuments.Upload(CompanyDocuments.Kind.RIB, "rib.pdf", Pdfs.minimal())), true);
		return company;
	}

	/** A prospect of "Alpha Télécom" whose wizard stopped after {@code steps} steps. */
	public Company aProspectOfAlpha(String name, int steps) {
		return create(name, resellerId("Alpha Télécom"), true, steps);
	}

	public Company create(String name, long referentId, boolean prospect, int steps) {
		SecurityContextHolder.clearContext();
		long id = this.wizard
			.start(new GeneralInformation(name, "REF", false, SIREN, LegalForm.SAS, null, null,
					CompanyUniverse.END_CLIENT, GuaranteeType.NONE, null, null, null, null), prospect, referentId,
					false)
			.getId();
		Address address = new Address("37", "rue de Neuilly", null, null, null, null, null, Address.FRANCE, "92110",
				"CLICHY");
		if (steps >= 2) {
			this.wizard.saveMainSite(id, new SiteDetails(null, SIRET, "0147000000", null, null, null, address, null),
					false);
		}
		if (steps >= 3) {
			this.wizard.saveBillingPoint(id, new BillingDetails(true, "DEFAUT", "compta@test.fr", PaymentMode.CHEQUE,
					PaymentTerms.DAYS_30, null, VatRegime.SUBJECT, false, null, null, null, address), List.of(), false);
		}
		if (steps >= 4) {
			this.wizard.saveAdministrator(id, new ContactDetails(Civility.MRS, "Roux", "Nina", "0600000000", null, null,
					"nina@test.fr", Set.of(Function.SALES)), false);
		}
		return this.directory.get(id);
	}

	public ClientDirectory.ClientFile file(long id) {
		SecurityContextHolder.clearContext();
		return this.directory.file(id);
	}

}
