package fr.openip.myopenip.company.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

	@Test
	void aSirenNeedsNineDigitsAndAValidLuhnKey() {
		assertThat(Identifiers.isValidSiren("732829320")).isTrue();
		assertThat(Identifiers.isValidSiren("552100554")).isTrue();
		assertThat(Identifiers.isValidSiren("732829321")).isFalse();
		assertThat(Identifiers.isValidSiren("73282932")).isFalse();
		assertThat(Identifiers.isValidSiren("73282932A")).isFalse();
	}

	@Test
	void aSiretNeedsFourteenDigitsAndAValidLuhnKey() {
		assertThat(Identifiers.isValidSiret("73282932000074")).isTrue();
		assertThat(Identifiers.isValidSiret("73282932000075")).isFalse();
		assertThat(Identifiers.isValidSiret("7328293200007")).isFalse();
	}

	@Test
	void laPosteSiretsFollowTheSumMultipleOfFiveRule() {
		assertThat(Identifiers.isValidSiren("356000000")).isTrue();
		assertThat(Identifiers.isValidSiret("35600000049837")).isTrue();
		assertThat(Identifiers.luhn("35600000049837")).isFalse();
		assertThat(Identifiers.isValidSiret("35600000049838")).isFalse();
	}

	@Test
	void anIbanPassesMod97WithItsCountrysLength() {
		assertThat(Identifiers.isValidIban("FR1420041010050500013M02606")).isTrue();
		assertThat(Identifiers.isValidIban("DE89370400440532013000")).isTrue();
		assertThat(Identifiers.isValidIban("FR1420041010050500013M02607")).isFalse();
		assertThat(Identifiers.isValidIban("FR1420041010050500013M0260")).isFalse();
		assertThat(Identifiers.isValidIban("XX1420041010050500013M02606")).isFalse();
	}

	@Test
	void aBicHasEightOrElevenCharacters() {
		assertThat(Identifiers.isValidBic("PSSTFRPPPAR")).isTrue();
		assertThat(Identifiers.isValidBic("BNPAFRPP")).isTrue();
		assertThat(Identifiers.isValidBic("BNPAFRP")).isFalse();
		assertThat(Identifiers.isValidBic("BNP1FRPP")).isFalse();
	}

	@Test
	void aFrenchPostalCodeHasFiveDigits() {
		assertThat(Identifiers.isValidFrenchPostalCode("92110")).isTrue();
		assertThat(Identifiers.isValidFrenchPostalCode("37550")).isTrue();
		assertThat(Identifiers.isValidFrenchPostalCode("9211")).isFalse();
		assertThat(Identifiers.isValidFrenchPostalCode("00100")).isFalse();
	}

	@Test
	void spacesTypedInIdentifiersAreIgnored() {
		assertThat(Identifiers.compact("fr14 2004 1010 0505 0001 3m02 606")).isEqualTo("FR1420041010050500013M02606");
	}

}
