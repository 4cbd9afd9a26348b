package fr.openip.myopenip.paperwork;

import java.time.LocalDate;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.company.validation.Identifiers;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.Rio;

/**
 * The fields of a form, as typed, and their check for a form's type.
 * <ul>
 * <li>"Mandat de portabilité": the number to port (French, 10 digits), the donor operator
 * (the OC's porting asks for it too), its RIO ({@link Rio}: its quality fitting the
 * number, its key that number's), the holder as the donor operator knows the line, the
 * date desired (from today to a year ahead).</li>
 * <li>"Mandat de prélèvement SEPA": the account's holder, its IBAN (ISO 13616, key mod
 * 97) and BIC (ISO 9362), and the mandate's unique reference (RUM: at most 35 characters
 * of the SEPA character set, EPC "SEPA Direct Debit Core Rulebook", attribute
 * AT-01).</li>
 * <li>"Fiche de paramétrage MetaCentrex": a licence's {@link LicenceSetup}.</li>
 * </ul>
 */
public record FormFields(String portingNumber, String rio, String holder, LocalDate desiredOn, String iban, String bic,
		String rum, LicenceSetup setup, String donorOperator) {

	/** The fields of a form without a donor operator. */
	public FormFields(String portingNumber, String rio, String holder, LocalDate desiredOn, String iban, String bic,
			String rum, LicenceSetup setup) {
		this(portingNumber, rio, holder, desiredOn, iban, bic, rum, setup, null);
	}

	/** The fields of a mandate (no licence's setup, no donor operator). */
	public FormFields(String portingNumber, String rio, String holder, LocalDate desiredOn, String iban, String bic,
			String rum) {
		this(portingNumber, rio, holder, desiredOn, iban, bic, rum, null, null);
	}

	/** The SEPA Latin character set the EPC allows in a mandate's reference. */
	private static final String RUM = "[A-Za-z0-9/?:().,'+ -]{1,35}";

	/**
	 * The fields this type asks for, normalised, the others dropped.
	 * @throws BusinessRuleException on the first field refused
	 */
	public FormFields checkedFor(FormType type, LocalDate today) {
		if (type == FormType.METACENTREX_SETUP) {
			if (this.setup == null) {
				throw BusinessRuleException.onField("userLastName", "form.error.userLastName");
			}
			return new FormFields(null, null, null, null, null, null, null, this.setup.checked());
		}
		String name = holder == null ? "" : holder.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw BusinessRuleException.onField("holder", "form.error.holder");
		}
		return (type == FormType.PORTING_MANDATE) ? porting(name, today) : sepa(name);
	}

	private FormFields porting(String name, LocalDate today) {
		String digits = this.portingNumber == null ? "" : this.portingNumber.replaceAll("[\\s.]", "");
		if (!digits.matches("0[1-9]\\d{8}")) {
			throw BusinessRuleException.onField("portingNumber", "porting.error.number");
		}
		String code = Rio.normalize(this.rio);
		String operator = this.donorOperator == null ? "" : this.donorOperator.strip();
		if (operator.isEmpty() || operator.length() > 100) {
			throw BusinessRuleException.onField("donorOperator", "porting.error.donor");
		}
		Rio.requireFits(code, digits);
		if (this.desiredOn == null || this.desiredOn.isBefore(today) || this.desiredOn.isAfter(today.plusYears(1))) {
			throw BusinessRuleException.onField("desiredOn", "porting.error.date");
		}
		return new FormFields(digits, code, name, this.desiredOn, null, null, null, null, operator);
	}

	private FormFields sepa(String name) {
		String account = Identifiers.compact(this.iban);
		if (!Identifiers.isValidIban(account)) {
			throw BusinessRuleException.onField("iban", "form.error.iban");
		}
		String bank = Identifiers.compact(this.bic);
		if (!Identifiers.isValidBic(bank)) {
			throw BusinessRuleException.onField("bic", "form.error.bic");
		}
		String reference = this.rum == null ? "" : this.rum.strip();
		if (!reference.matches(RUM)) {
			throw BusinessRuleException.onField("rum", "form.error.rum");
		}
		return new FormFields(null, null, name, null, account, bank, reference);
	}

}
