package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.quote.domain.QuoteLifeCycle.Move;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * A quote's life cycle, pair by pair: for every status, valid or expired, and every move,
 * the quote itself does exactly what {@link QuoteLifeCycle}'s table allows — and the
 * table is the one written here, so that a change to it is a change to this test. Its
 * edges: the last valid day and the day after, steps 1 to 4.
 */
class QuoteLifeCycleTest {

	private static final OfferView OFFER = new OfferView(1, "OFO1", "SIP Trunk Touch", true, false, 12, true, 1, true,
			3, null, false);

	private static final ProductView CALLS = new ProductView(10, 1, "Canaux SIP", "Appel(s) simu(s) SIP - Compteur",
			"OPI-101", Money.ZERO, Money.ZERO, new BigDecimal("3.00"), new BigDecimal("1.50"), false, null);

	private static final ClientView CLIENT = new ClientView(5, "Client", "VTA-1", 3L, "Alpha Télécom", false,
			CompanyState.ACTIVE, "552100554", "REF-1");

	/** The day every quote here is made: valid through 31/12/2026. */
	private static final LocalDate MADE = LocalDate.of(2026, 12, 1);

	private static final LocalDate LAST_VALID_DAY = MADE.plusDays(Quote.VALIDITY_DAYS);

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	/** The table, as the guides and SPEC §6 give it. */
	private static final Map<QuoteStatus, Set<Move>> EXPECTED = Map.of(QuoteStatus.DRAFT,
			EnumSet.of(Move.CHANGE, Move.PROCEED, Move.SEND, Move.VALIDATE, Move.RENEW), QuoteStatus.SENT,
			EnumSet.of(Move.NEW_VERSION, Move.SEND, Move.VALIDATE, Move.SIGN, Move.REFUSE, Move.RENEW),
			QuoteStatus.REFUSED, EnumSet.of(Move.NEW_VERSION), QuoteStatus.VALIDATED, EnumSet.noneOf(Move.class),
			QuoteStatus.SUPERSEDED, EnumSet.noneOf(Move.class));

	/** A quote at step {@code step}, in {@code status}. */
	private static Quote quote(QuoteStatus status, int step) {
		Quote quote = new Quote("DEV000000001", CLIENT, "TOURS", OFFER, null, MADE);
		if (step >= 2) {
			quote.fill(Map.of(CALLS, 1));
		}
		if (step >= 3) {
			quote.chooseSites(7, 8);
			quote.addContact(9);
			quote.completeSitesAndContacts();
		}
		if (step >= 4) {
			quote.proceedToValidation();
		}
		switch (status) {
			case DRAFT -> {
			}
			case SENT -> quote.send("hash", NOW, MADE);
			case VALIDATED -> quote.validate(ValidationMode.FOR_THE_CLIENT, "alpha", NOW, MADE);
			case REFUSED -> {
				quote.send("hash", NOW, MADE);
				quote.refuse("client", NOW, MADE);
			}
			case SUPERSEDED -> {
				quote.send("hash", NOW, MADE);
				quote.nextVersion(MADE);
			}
		}
		assertThat(quote.getStatus()).isEqualTo(status);
		return quote;
	}

	/** The move, as its service asks the quote for it; refused: the reason's key. */
	private static String make(Quote quote, Move move, LocalDate today) {
		try {
			switch (move) {
				case CHANGE -> quote.comment("Un mot");
				case NEW_VERSION -> quote.nextVersion(today);
				case PROCEED -> quote.proceedToValidation();
				case SEND -> quote.send("other", NOW, today);
				case VALIDATE -> quote.validate(ValidationMode.FINAL, "operator", NOW, today);
				case SIGN -> quote.validate(ValidationMode.CLIENT_SIGNATURE, "client", NOW, today);
				case REFUSE -> quote.refuse("client", NOW, today);
				case RENEW -> {
					// a draft in place, a sent quote as its next version
					// (QuoteValidation)
					if (quote.getStatus() == QuoteStatus.SENT) {
						QuoteLifeCycle.require(quote.getStatus(), quote.getStep(), quote.isExpired(today), Move.RENEW);
						quote.nextVersion(today);
					}
					else {
						quote.renew(today);
					}
				}
			}
			return null;
		}
		catch (BusinessRuleException refused) {
			return refused.getMessageKey();
		}
	}

	@Test
	void theTableIsTheOneWrittenHere() {
		for (QuoteStatus status : QuoteStatus.values()) {
			assertThat(QuoteLifeCycle.of(status)).as(status.name()).isEqualTo(EXPECTED.get(status));
		}
		assertThat(QuoteLifeCycle.changeable(QuoteStatus.DRAFT)).isTrue();
		assertThat(QuoteLifeCycle.changeable(QuoteStatus.SENT)).isTrue();
		assertThat(QuoteLifeCycle.changeable(QuoteStatus.REFUSED)).isTrue();
		assertThat(QuoteLifeCycle.changeable(QuoteStatus.VALIDATED)).isFalse();
		assertThat(QuoteLifeCycle.changeable(QuoteStatus.SUPERSEDED)).isFalse();
	}

	@Test
	void everyStatusValidOrExpiredDoesExactlyTheMovesOfTheTable() {
		for (QuoteStatus status : QuoteStatus.values()) {
			for (LocalDate today : new LocalDate[] { LAST_VALID_DAY, LAST_VALID_DAY.plusDays(1) }) {
				for (Move move : Move.values()) {
					Quote quote = quote(status, 4);
					boolean expired = quote.isExpired(today);
					boolean allowed = EXPECTED.get(status).contains(move)
							&& !(expired && EnumSet.of(Move.SEND, Move.VALIDATE, Move.SIGN, Move.REFUSE).contains(move))
							&& (move != Move.RENEW || expired);
					String refused = make(quote, move, today);
					String pair = status + (expired ? " expired" : " valid") + " → " + move;
					assertThat(QuoteLifeCycle.allowed(status, 4, expired, move)).as(pair).isEqualTo(allowed);
					if (allowed) {
						assertThat(refused).as(pair).isNull();
					}
					else {
						assertThat(refused).as(pair).isNotNull();
					}
				}
			}
		}
	}

	@Test
	void onlyDraftsAndSentQuotesExpireTheDayAfterTheirLastValidDay() {
		for (QuoteStatus status : QuoteStatus.values()) {
			Quote quote = quote(status, 4);
			assertThat(quote.isExpired(LAST_VALID_DAY)).as(status.name()).isFalse();
			assertThat(quote.isExpired(LAST_VALID_DAY.plusDays(1))).as(status.name())
				.isEqualTo(status == QuoteStatus.DRAFT || status == QuoteStatus.SENT);
		}
	}

	@Test
	void sendingAndValidatingWaitForStepFourAndProceedingForStepThree() {
		for (int step = 1; step <= 4; step++) {
			assertThat(make(quote(QuoteStatus.DRAFT, step), Move.SEND, MADE)).as("send at step " + step)
				.isEqualTo(step < 4 ? "quote.error.stepNotReached" : null);
			assertThat(make(quote(QuoteStatus.DRAFT, step), Move.VALIDATE, MADE)).as("validate at step " + step)
				.isEqualTo(step < 4 ? "quote.error.stepNotReached" : null);
			assertThat(QuoteLifeCycle.allowed(QuoteStatus.DRAFT, step, false, Move.PROCEED)).as("proceed at " + step)
				.isEqualTo(step >= 3);
			if (step < 3) {
				assertThat(make(quote(QuoteStatus.DRAFT, step), Move.PROCEED, MADE)).as("proceed at step " + step)
					.isEqualTo("quote.error.stepNotReached");
			}
		}
	}

	@Test
	void theReasonsSaidAreTheUsersOnes() {
		LocalDate expiredDay = LAST_VALID_DAY.plusDays(1);
		assertThat(make(quote(QuoteStatus.DRAFT, 4), Move.SEND, expiredDay)).isEqualTo("quote.error.expired");
		assertThat(make(quote(QuoteStatus.DRAFT, 4), Move.SIGN, MADE)).isEqualTo("quote.error.notSent");
		assertThat(make(quote(QuoteStatus.DRAFT, 4), Move.RENEW, MADE)).isEqualTo("quote.error.notExpired");
		assertThat(make(quote(QuoteStatus.VALIDATED, 4), Move.CHANGE, MADE)).isEqualTo("quote.error.readOnly");
		assertThat(make(quote(QuoteStatus.SENT, 4), Move.REFUSE, expiredDay)).isEqualTo("quote.error.expired");
	}

	@Test
	void aDraftRenewedIsValidThirtyDaysFromTheDayItIsRenewed() {
		Quote quote = quote(QuoteStatus.DRAFT, 4);
		LocalDate renewedOn = LAST_VALID_DAY.plusDays(10);
		quote.renew(renewedOn);
		assertThat(quote.getValidUntil()).isEqualTo(renewedOn.plusDays(Quote.VALIDITY_DAYS));
		assertThat(quote.isExpired(renewedOn)).isFalse();
		assertThatThrownBy(() -> quote.renew(renewedOn)).isInstanceOf(BusinessRuleException.class);
		// a sent quote renewed is its next version, valid from that day
		Quote sent = quote(QuoteStatus.SENT, 4);
		Quote next = sent.nextVersion(renewedOn);
		assertThat(next.getValidUntil()).isEqualTo(renewedOn.plusDays(Quote.VALIDITY_DAYS));
		assertThat(next.getStatus()).isEqualTo(QuoteStatus.DRAFT);
		assertThat(sent.getStatus()).isEqualTo(QuoteStatus.SUPERSEDED);
		if (next.getStep() > 3) {
			fail("a next version is back at the summary at most");
		}
	}

}
