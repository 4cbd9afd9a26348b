package fr.openip.myopenip.shared;

import fr.openip.myopenip.shared.Rio.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RIO as the operators define it (see {@link Rio}): its format, the quality that fits
 * the number, and the key that ties it to that number.
 */
class RioTest {

	@Test
	void theKeyIsTheThreeRunningSumsModulo37OfTheIdentifierAndTheNumber() {
		// "01F123456" then "0142685300", positions in A…Z0…9+, weights 1, 2 and 4
		assertThat(Rio.key("01F123456", "0142685300")).isEqualTo("GXH");
		assertThat(Rio.key("02P123456", "0612345678")).isEqualTo("4NH");
		assertThat(Rio.key("03PA1B2C3", "0698765432")).isEqualTo("XCQ");
	}

	@Test
	void aFixedLinesRioHasAQualityFromFToZAndItsNumbersKey() {
		assertThat(Rio.check("01F123456GXH", "0142685300")).isEmpty();
		assertThat(Rio.check(Rio.normalize(" 01f 123456 gxh "), "0142685300")).isEmpty();
		assertThat(Rio.check("01Z1234560S+", "0142685300")).isEmpty();
	}

	@Test
	void aMobilesRioHasQualityEOrP() {
		assertThat(Rio.check("02P1234564NH", "0612345678")).isEmpty();
		assertThat(Rio.check("03PA1B2C3XCQ", "0698765432")).isEmpty();
	}

	@Test
	void aMobileQualityForAFixedNumberIsRefused() {
		// accepted before, though a fixed line's RIO never has E or P
		assertThat(Rio.check("02E123456G62", "0142685300")).contains(Problem.QUALITY);
		assertThat(Rio.check("01F123456GXH", "0612345678")).contains(Problem.QUALITY);
	}

	@Test
	void aKeyThatIsNotTheNumbersSaysTheRioBelongsToAnotherLine() {
		assertThat(Rio.check("02P123456ZZZ", "0612345678")).contains(Problem.KEY);
		// the right RIO, for another number
		assertThat(Rio.check("02P1234564NH", "0612345679")).contains(Problem.KEY);
		// one character of the contract mistyped
		assertThat(Rio.check("02P1234574NH", "0612345678")).contains(Problem.KEY);
	}

	@Test
	void anythingButTwelveCharactersOfTheFormIsRefused() {
		assertThat(Rio.check("", "0612345678")).contains(Problem.FORMAT);
		assertThat(Rio.check("02P1234564N", "0612345678")).contains(Problem.FORMAT);
		assertThat(Rio.check("02P1234564NHX", "0612345678")).contains(Problem.FORMAT);
		assertThat(Rio.check("0-P1234564NH", "0612345678")).contains(Problem.FORMAT);
		assertThat(Rio.check("021123456GXH", "0142685300")).contains(Problem.FORMAT);
	}

	@Test
	void aRioIsComposedWithItsKey() {
		assertThat(Rio.withKey("01F123456", "0142685300")).isEqualTo("01F123456GXH");
		assertThat(Rio.check(Rio.withKey("02P654321", "0698765432"), "0698765432")).isEmpty();
	}

	@Test
	void aRioThatDoesNotFitIsRefusedOnItsFieldWithItsReason() {
		Rio.requireFits("01F123456GXH", "0142685300");
		for (String[] wrong : new String[][] { { "123", "0142685300", "porting.error.rio" },
				{ "02E123456G62", "0142685300", "porting.error.rioFixed" },
				{ "01F123456GXH", "0612345678", "porting.error.rioMobile" },
				{ "02P123456ZZZ", "0612345678", "porting.error.rioKey" } }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rio.requireFits(wrong[0], wrong[1]))
				.isInstanceOfSatisfying(BusinessRuleException.class, (refused) -> {
					assertThat(refused.getMessageKey()).isEqualTo(wrong[2]);
					assertThat(refused.getField()).isEqualTo("rio");
				});
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rio.requireFits("02P123456ZZZ", "0612345678"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(refused) -> assertThat(refused.getArguments()).contains("06 12 34 56 78"));
	}

}
