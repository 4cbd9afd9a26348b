package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.order.Orders.AmendableOffer;
import fr.openip.myopenip.order.Orders.LiveProduct;
import fr.openip.myopenip.order.Orders.LiveUnit;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guide 001's figures: an OC of one "Appel(s) simu(s) SIP - Compteur" sold at 4,00 €/mois
 * raised by 2 at today's 3,00 € makes a new whole offer of 9,00 € HT a month, TVA 20 %
 * 1,80 €, 10,80 € TTC; the 4,00 € it pays today is what the summary strikes through.
 */
class AmendmentFiguresTest {

	private static final OfferView SIP_TRUNK = new OfferView(1, "OFO1", "SIP Trunk Touch", true, false, 12, true, 1,
			true, 3, null, false);

	private static final OfferView LOCKED = new OfferView(2, "OFO2", "Portabilité de numéros", false, true, 0, true, 1,
			true, 1, null, false);

	private static final ProductView CALLS = new ProductView(10, 1, "Canaux SIP", "Appel(s) simu(s) SIP - Compteur",
			"OPI-101", Money.ZERO, Money.ZERO, new BigDecimal("3.00"), new BigDecimal("1.50"), false, null);

	private static final ProductView SETUP = new ProductView(11, 1, "Mise en service", "Mise en service SIP Trunk",
			"OPI-102", new BigDecimal("50.00"), new BigDecimal("25.00"), Money.ZERO, Money.ZERO, false, null);

	private static final ProductView OTHER_OFFER = new ProductView(20, 2, "Portabilité", "Numéro(s) isolé(s) à porter",
			"OPI-205", new BigDecimal("3.00"), Money.ZERO, Money.ZERO, Money.ZERO, false, null);

	private static final ClientView CLIENT = new ClientView(5, "Client", "VTA-1", 3L, "Alpha Télécom", false,
			CompanyState.ACTIVE, "552100554", "REF-1");

	/** The OC: one unit of calls, sold at 4,00 € a month. */
	private static final AmendableOffer OC = new AmendableOffer(100, "OC138637", 3L, 5, "Client", 1, "SIP Trunk Touch",
			7, 8L, List.of(), "COM1", null, List.of(new LiveProduct(10, "Canaux SIP", "Appel(s) simu(s) SIP - Compteur",
					new BigDecimal("4.00"), List.of(new LiveUnit(1000, "FPC1000")))));

	private static Quote amendment(OfferView offer) {
		Quote quote = new Quote("DEV000000001", CLIENT, "TOURS", offer, null, LocalDate.of(2026, 12, 1));
		quote.amends(OC.id(), 7, 8L, List.of());
		return quote;
	}

	private static Map<ProductView, Integer> basket(Object... productsAndQuantities) {
		Map<ProductView, Integer> basket = new LinkedHashMap<>();
		for (int i = 0; i < productsAndQuantities.length; i += 2) {
			basket.put((ProductView) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
		}
		return basket;
	}

	@Test
	void oneUnitRaisedByTwoAtThreeEurosMakesNineEurosAMonthWithFourEurosStruckThrough() {
		Quote quote = amendment(SIP_TRUNK);
		quote.fillAmendment(basket(CALLS, 3, SETUP, 0), Map.of(), Map.of(), OC, true);
		QuoteLine line = quote.getLines().get(0);
		assertThat(quote.getLines()).hasSize(1);
		assertThat(line.getInitialQuantity()).isEqualTo(1);
		assertThat(line.getEvolution()).isEqualTo(2);
		assertThat(line.getQuantity()).isEqualTo(3);
		assertThat(line.getInitialMonthly()).isEqualByComparingTo("4.00");
		assertThat(line.getMonthlyTotal()).isEqualByComparingTo("9.00");
		assertThat(line.getSetupTotal()).isEqualByComparingTo("0.00");
		Totals totals = Totals.of(quote.getSetupTotal(), quote.getMonthlyTotal(), Money.STANDARD_VAT_RATE);
		assertThat(totals.monthlyExcludingVat()).isEqualByComparingTo("9.00");
		assertThat(totals.monthlyVat()).isEqualByComparingTo("1.80");
		assertThat(totals.monthlyIncludingVat()).isEqualByComparingTo("10.80");
		assertThat(quote.getRemovals()).isEmpty();
	}

	@Test
	void setupFeesAreOwedForTheUnitsAddedOnly() {
		Quote quote = amendment(SIP_TRUNK);
		quote.fillAmendment(basket(CALLS, 1, SETUP, 2), Map.of(), Map.of(), OC, true);
		assertThat(quote.getSetupTotal()).isEqualByComparingTo("100.00");
		assertThat(quote.getMonthlyTotal()).isEqualByComparingTo("3.00");
	}

	@Test
	void aReductionTakesTheNewestUnitsAwayUntilTheUserChooses() {
		AmendableOffer two = new AmendableOffer(100, "OC1", 3L, 5, "Client", 1, "SIP Trunk Touch", 7, 8L, List.of(),
				"COM1", null,
				List.of(new LiveProduct(10, "Canaux SIP", "Appel(s) simu(s) SIP - Compteur", new BigDecimal("8.00"),
						List.of(new LiveUnit(1000, "FPC1000"), new LiveUnit(1001, "FPC1001")))));
		Quote quote = amendment(SIP_TRUNK);
		quote.fillAmendment(basket(CALLS, 1), Map.of(), Map.of(), two, true);
		assertThat(quote.getLines().get(0).getEvolution()).isEqualTo(-1);
		assertThat(quote.getRemovals()).extracting(QuoteRemoval::getSheetNumber).containsExactly("FPC1001");
		quote.chooseRemovals(Map.of(1000L, false), two, false);
		assertThat(quote.getRemovals()).extracting(QuoteRemoval::getSheetNumber).containsExactly("FPC1000");
		assertThat(quote.getRemovals().get(0).isKeepNumber()).isFalse();
		assertThatThrownBy(() -> quote.chooseRemovals(Map.of(1000L, true, 1001L, true), two, false))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.removals");
		assertThatThrownBy(() -> quote.chooseRemovals(Map.of(1000L, true, 5555L, true), two, false))
			.isInstanceOf(BusinessRuleException.class);
		// down to 0: the line stays, at Final 0
		quote.fillAmendment(basket(CALLS, 0), Map.of(), Map.of(), two, true);
		assertThat(quote.getLines().get(0).getQuantity()).isZero();
		assertThat(quote.getRemovals()).hasSize(2);
		assertThat(quote.getMonthlyTotal()).isEqualByComparingTo("0.00");
	}

	@Test
	void aBasketThatChangesNothingANegativeQuantityOrAnotherOffersProductIsRefused() {
		Quote quote = amendment(SIP_TRUNK);
		assertThatThrownBy(() -> quote.fillAmendment(basket(CALLS, 1), Map.of(), Map.of(), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.noChange");
		// a discount alone adds and takes away nothing: its order would have no sheet
		assertThatThrownBy(
				() -> quote.fillAmendment(basket(CALLS, 1), Map.of(), Map.of(10L, new BigDecimal("10")), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.noChange");
		assertThatThrownBy(() -> quote.fillAmendment(basket(CALLS, -1), Map.of(), Map.of(), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "quote.error.quantity");
		assertThatThrownBy(() -> quote.fillAmendment(basket(CALLS, 2, OTHER_OFFER, 1), Map.of(), Map.of(), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "quote.error.productNotInOffer");
		assertThat(quote.getLines()).isEmpty();
	}

	@Test
	void anOfferWithoutUpgradeOrDowngradeKeepsItsProductsAndChangesQuantitiesOnly() {
		Quote quote = amendment(
				new OfferView(1, "OFO1", "SIP Trunk Touch", false, false, 12, true, 1, true, 3, null, false));
		assertThatThrownBy(() -> quote.fillAmendment(basket(CALLS, 2, SETUP, 1), Map.of(), Map.of(), OC, false))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.noUpgrade");
		assertThatThrownBy(() -> quote.fillAmendment(basket(CALLS, 0), Map.of(), Map.of(), OC, false))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.noUpgrade");
		quote.fillAmendment(basket(CALLS, 2, SETUP, 0), Map.of(), Map.of(), OC, false);
		assertThat(quote.getMonthlyTotal()).isEqualByComparingTo("6.00");
		assertThat(LOCKED.upgradeAllowed()).isFalse();
	}

	@Test
	void aDiscountNeverTakesAClientPriceBelowTheOperatorsPrice() {
		Quote quote = amendment(SIP_TRUNK);
		// 3,00 € less 50 % is 1,50 €: the operator's price, allowed
		quote.fillAmendment(basket(CALLS, 3), Map.of(), Map.of(10L, new BigDecimal("50")), OC, true);
		assertThat(quote.getMonthlyTotal()).isEqualByComparingTo("4.50");
		assertThat(quote.getLines().get(0).getMonthlyDiscount()).isEqualByComparingTo("50.00");
		assertThatThrownBy(
				() -> quote.fillAmendment(basket(CALLS, 3), Map.of(), Map.of(10L, new BigDecimal("50.5")), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.discount");
		assertThatThrownBy(
				() -> quote.fillAmendment(basket(CALLS, 3), Map.of(), Map.of(10L, new BigDecimal("-5")), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.discountRange");
		assertThatThrownBy(() -> quote.fillAmendment(basket(CALLS, 3, SETUP, 1), Map.of(11L, new BigDecimal("60")),
				Map.of(), OC, true))
			.hasFieldOrPropertyWithValue("messageKey", "amendment.error.discount");
	}

}
