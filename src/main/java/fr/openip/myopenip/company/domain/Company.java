package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.shared.Audited;

import fr.openip.myopenip.company.CompanyState;

import fr.openip.myopenip.company.CompanyUniverse;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.TenantFilter;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Generated;

/**
 * A company known to the portal. Its id is the "Identifiant" shown on screen (e.g.
 * 44660). A client or prospect belongs to its referent (the reseller that brought it):
 * that is its tenant.
 */
@Entity
@Table(name = "company")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.COMPANY_CONDITION)
public class Company extends Audited {

	/** The last step of the client wizard. */
	public static final int LAST_STEP = 4;

	/** "Statut juridique". */
	public enum LegalForm {

		EI, EURL, SARL, SAS, SASU, SA, SNC, SCI, SCOP, ASSOCIATION, AUTRE

	}

	/** "Type de garantie". */
	public enum GuaranteeType {

		NONE, DEPOSIT, BANK_GUARANTEE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_identifier")
	@SequenceGenerator(name = "company_identifier", sequenceName = "company_identifier_seq", allocationSize = 1)
	private Long id;

	@Column(nullable = false)
	private String name;

	/**
	 * The name lower-cased, kept by the database, for prefix search and sorting by name.
	 */
	@Column(insertable = false, updatable = false)
	private String sortName;

	/**
	 * The list this company appears in, kept by the database (see {@link CompanyList}).
	 */
	@Column(insertable = false, updatable = false)
	private String listKind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyUniverse universe;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyState state;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "referent_id")
	private Company referent;

	private boolean prospect;

	private String email;

	private String phone;

	private String clientReference;

	private boolean inCreation;

	private String siren;

	@Enumerated(EnumType.STRING)
	private LegalForm legalForm;

	private String comment;

	private String website;

	@Enumerated(EnumType.STRING)
	private GuaranteeType guaranteeType;

	private BigDecimal deposit;

	private String salesEmail;

	private String advEmail;

	private String adminEmail;

	/**
	 * The client account number ("Compte client", {@code VTA-} and digits), given by the
	 * database.
	 */
	@Generated
	private String accountNumber;

	/** Next step of the wizard to fill; null once the wizard is done. */
	private Integer wizardStep;

	protected Company() {
	}

	public Company(String name, CompanyUniverse universe, Company referent) {
		this.name = name;
		this.universe = universe;
		this.referent = referent;
		this.state = CompanyState.ACTIVE;
	}

	/** A client or prospect whose wizard starts: a draft until its last step is saved. */
	static Company draftOf(GeneralInformation information, Company referent, boolean prospect) {
		Company company = new Company(information.name(), CompanyUniverse.END_CLIENT, referent);
		company.prospect = prospect;
		company.state = CompanyState.DRAFT;
		company.wizardStep = 1;
		company.apply(information);
		return company;
	}

	void apply(GeneralInformation information) {
		this.name = information.name();
		this.clientReference = information.clientReference();
		this.inCreation = information.inCreation();
		this.siren = information.inCreation() ? null : information.siren();
		this.legalForm = information.legalForm();
		this.comment = information.comment();
		this.website = information.website();
		this.universe = information.universe() == null ? CompanyUniverse.END_CLIENT : information.universe();
		this.guaranteeType = information.guaranteeType();
		this.deposit = information.guaranteeType() == GuaranteeType.DEPOSIT ? information.deposit() : null;
		this.salesEmail = information.salesEmail();
		this.advEmail = information.advEmail();
		this.adminEmail = information.adminEmail();
	}

	GeneralInformation generalInformation() {
		return new GeneralInformation(this.name, this.clientReference, this.inCreation, this.siren, this.legalForm,
				this.comment, this.website, this.universe, this.guaranteeType, this.deposit, this.salesEmail,
				this.advEmail, this.adminEmail);
	}

	/** The wizard moves on: {@code step} is saved, the next one is to fill. */
	void completeStep(int step) {
		if (this.wizardStep != null && step >= this.wizardStep) {
			this.wizardStep = step + 1 > LAST_STEP ? null : step + 1;
		}
	}

	/**
	 * The last step is saved: a client is created ("Votre client est créé."), a prospect
	 * is complete.
	 */
	void finishWizard() {
		this.wizardStep = null;
		this.state = CompanyState.ACTIVE;
	}

	/** "Identification du client": its SIREN, once known. */
	void identify(String siren) {
		if (siren != null) {
			this.siren = siren;
			this.inCreation = false;
		}
	}

	/** "Transformer en client". */
	void becomeClient() {
		this.prospect = false;
		this.wizardStep = null;
		this.state = CompanyState.ACTIVE;
	}

	public void rename(String name, String email, String phone) {
		this.name = name;
		this.email = email;
		this.phone = phone;
	}

	public void disable() {
		this.state = CompanyState.DISABLED;
	}

	public void enable() {
		this.state = CompanyState.ACTIVE;
	}

	public boolean isActive() {
		return this.state == CompanyState.ACTIVE;
	}

	public boolean isDraft() {
		return this.state == CompanyState.DRAFT;
	}

	/** The tenant this company belongs to: its referent (a reseller, or the operator). */
	public Long getOwnerId() {
		return this.referent == null ? this.id : this.referent.getId();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public CompanyUniverse getUniverse() {
		return this.universe;
	}

	public CompanyState getState() {
		return this.state;
	}

	public Company getReferent() {
		return this.referent;
	}

	public boolean isProspect() {
		return this.prospect;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getClientReference() {
		return this.clientReference;
	}

	public boolean isInCreation() {
		return this.inCreation;
	}

	public String getSiren() {
		return this.siren;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public String getComment() {
		return this.comment;
	}

	public String getWebsite() {
		return this.website;
	}

	public GuaranteeType getGuaranteeType() {
		return this.guaranteeType;
	}

	public BigDecimal getDeposit() {
		return this.deposit;
	}

	public String getSalesEmail() {
		return this.salesEmail;
	}

	public String getAdvEmail() {
		return this.advEmail;
	}

	public String getAdminEmail() {
		return this.adminEmail;
	}

	public String getAccountNumber() {
		return this.accountNumber;
	}

	public Integer getWizardStep() {
		return this.wizardStep;
	}

	/**
	 * How many steps of the wizard are saved, for an unfinished client or prospect: its
	 * état reads "Création - étape 2" once step 2 is saved, and "Reprendre" opens step 3
	 * (guide 002). Zero while step 1 is only a draft; null once the wizard is done.
	 */
	public Integer getStepsCompleted() {
		return this.wizardStep == null ? null : this.wizardStep - 1;
	}

}
