package fr.openip.myopenip.telephony;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.telephony.domain.FrenchNumbers;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchNumbersTest {

	@Test
	void aNumberIsKeptAsTenDigitsWhateverIsTyped() {
		assertThat(FrenchNumbers.normalize("01 42 42 42 42")).isEqualTo("0142424242");
		assertThat(FrenchNumbers.normalize("01.42.42.42.42")).isEqualTo("0142424242");
		assertThat(FrenchNumbers.normalize("+33 1 42 42 42 42")).isEqualTo("0142424242");
		assertThat(FrenchNumbers.normalize("0042424242")).isNull();
		assertThat(FrenchNumbers.normalize("014242424")).isNull();
		assertThat(FrenchNumbers.normalize("01 42 42 42 4a")).isNull();
		assertThat(FrenchNumbers.normalize(null)).isNull();
	}

	@Test
	void eachDepartementBelongsToTheZoneOfTheNumberingPlan() {
		assertThat(FrenchNumbers.zoneOfPostalCode("75008")).isEqualTo(1);
		assertThat(FrenchNumbers.zoneOfPostalCode("92110")).isEqualTo(1);
		assertThat(FrenchNumbers.zoneOfPostalCode("37000")).isEqualTo(2);
		assertThat(FrenchNumbers.zoneOfPostalCode("59000")).isEqualTo(3);
		assertThat(FrenchNumbers.zoneOfPostalCode("13100")).isEqualTo(4);
		assertThat(FrenchNumbers.zoneOfPostalCode("20000")).isEqualTo(4);
		assertThat(FrenchNumbers.zoneOfPostalCode("33000")).isEqualTo(5);
		assertThat(FrenchNumbers.zoneOfPostalCode("97400")).isEqualTo(2);
		assertThat(FrenchNumbers.zoneOfPostalCode("97200")).isEqualTo(5);
		assertThat(FrenchNumbers.zoneOfPostalCode("ABCDE")).isZero();
		assertThat(FrenchNumbers.zoneOfPostalCode(null)).isZero();
	}

	@Test
	void onlyGeographicNumbersHaveAZone() {
		assertThat(FrenchNumbers.zoneOfNumber("0142424242")).isEqualTo(1);
		assertThat(FrenchNumbers.zoneOfNumber("0491000000")).isEqualTo(4);
		assertThat(FrenchNumbers.zoneOfNumber("0612345678")).isZero();
		assertThat(FrenchNumbers.zoneOfNumber("0970000000")).isZero();
	}

	@Test
	void aNumberIsShownInPairs() {
		assertThat(FrenchNumbers.display("0142424242")).isEqualTo("01 42 42 42 42");
	}

}
