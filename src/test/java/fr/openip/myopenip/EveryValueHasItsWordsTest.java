package fr.openip.myopenip;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import fr.openip.myopenip.account.domain.SecurityEventType;
import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.VatRegime;
import fr.openip.myopenip.company.domain.BillingPoint;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.CompanyList;
import fr.openip.myopenip.company.domain.Contact;
import fr.openip.myopenip.company.domain.HistoryEntry;
import fr.openip.myopenip.mail.MailStatus;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.Conversation;
import fr.openip.myopenip.order.domain.OrderEvent;
import fr.openip.myopenip.order.domain.PortingRejection;
import fr.openip.myopenip.quote.domain.QuoteEvent;
import fr.openip.myopenip.quote.domain.QuoteSigning;
import fr.openip.myopenip.quote.domain.QuoteStatus;
import fr.openip.myopenip.quote.domain.ValidationMode;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.telephony.domain.HuntStrategy;
import fr.openip.myopenip.telephony.domain.LicenceState;
import fr.openip.myopenip.telephony.domain.NumberState;
import fr.openip.myopenip.telephony.domain.OutgoingRestriction;
import fr.openip.myopenip.telephony.domain.ServiceEvent;
import fr.openip.myopenip.telephony.domain.ServiceState;
import fr.openip.myopenip.telephony.domain.ServiceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value a page or a mail shows by its key (an état, a kind of event, a choice of a
 * select) has its words in French and in English: none is ever shown as
 * "??quote.event.AMENDMENT_STARTED_fr??". STYLE 16.
 */
class EveryValueHasItsWordsTest {

	/** The key prefix each template or mail puts before the value's name. */
	private static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.ofEntries(
			Map.entry("company.enum.Civility.", Civility.class),
			Map.entry("company.enum.Function.", Contact.Function.class),
			Map.entry("company.enum.GuaranteeType.", Company.GuaranteeType.class),
			Map.entry("company.enum.LegalForm.", Company.LegalForm.class),
			Map.entry("company.enum.PaymentMode.", PaymentMode.class),
			Map.entry("company.enum.PaymentTerms.", BillingPoint.PaymentTerms.class),
			Map.entry("company.enum.VatRegime.", VatRegime.class), Map.entry("company.state.", CompanyState.class),
			Map.entry("company.universe.", CompanyUniverse.class),
			Map.entry("conversation.state.", Conversation.State.class),
			Map.entry("group.strategy.", HuntStrategy.class), Map.entry("licence.outgoing.", OutgoingRestriction.class),
			Map.entry("licence.state.", LicenceState.class), Map.entry("mail.status.", MailStatus.class),
			Map.entry("number.state.", NumberState.class), Map.entry("order.event.", OrderEvent.Kind.class),
			Map.entry("order.state.", OrderState.class), Map.entry("porting.rejection.", PortingRejection.class),
			Map.entry("form.type.", fr.openip.myopenip.catalogue.FormType.class),
			Map.entry("form.state.", fr.openip.myopenip.paperwork.FormState.class),
			Map.entry("order.type.", OrderType.class), Map.entry("quote.event.", QuoteEvent.Kind.class),
			Map.entry("quote.signing.state.", QuoteSigning.LinkState.class),
			Map.entry("quote.status.", QuoteStatus.class), Map.entry("quote.validatedBy.", ValidationMode.class),
			Map.entry("role.", Role.class), Map.entry("security.type.", SecurityEventType.class),
			Map.entry("service.event.", ServiceEvent.Kind.class), Map.entry("service.state.", ServiceState.class),
			Map.entry("service.type.", ServiceType.class), Map.entry("sheet.state.", SheetState.class));

	private static Properties load(String file) {
		var properties = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages", file)),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	@Test
	void everyValueShownByItsKeyHasItsWordsInBothLanguages() {
		List<String> missing = new ArrayList<>();
		for (String file : List.of("messages_fr.properties", "messages.properties")) {
			Properties messages = load(file);
			SHOWN.forEach((prefix, type) -> {
				for (Enum<?> value : type.getEnumConstants()) {
					if (!messages.containsKey(prefix + value.name())) {
						missing.add(file + ": " + prefix + value.name());
					}
				}
			});
			for (CompanyList list : CompanyList.values()) {
				if (!messages.containsKey("company.list." + list + ".title")) {
					missing.add(file + ": company.list." + list + ".title");
				}
			}
			for (HistoryEntry.Subject subject : HistoryEntry.Subject.values()) {
				for (HistoryEntry.Action action : HistoryEntry.Action.values()) {
					if (!messages.containsKey("company.history." + subject + "." + action)) {
						missing.add(file + ": company.history." + subject + "." + action);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
