package fr.openip.myopenip.telephony.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A number's life in a client's pool, as "Affecter" and "Dissocier vos numéros" move it:
 * only a free number is given; only a given number is dissociated, kept (free again) or
 * quarantined until a date; a quarantined number is refused with its date.
 */
class PhoneNumberTest {

	private static PhoneNumber free() {
		return new PhoneNumber(3L, 5, "0142685300", "OC94529");
	}

	private static PhoneNumber assigned() {
		PhoneNumber number = free();
		number.assignTo(new Licence());
		return number;
	}

	@Test
	void aFreeNumberIsGivenAndAGivenOneIsNotGivenTwice() {
		PhoneNumber number = free();
		assertThat(number.getState()).isEqualTo(NumberState.FREE);
		assertThat(number.getNumber()).isEqualTo("0142685300");
		assertThat(number.getClientId()).isEqualTo(5);
		assertThat(number.getOrigin()).isEqualTo("OC94529");
		number.assignTo(new Licence());
		assertThat(number.getState()).isEqualTo(NumberState.ASSIGNED);
		assertThatThrownBy(() -> number.assignTo(new Licence())).isInstanceOf(BusinessRuleException.class)
			.extracting((refused) -> ((BusinessRuleException) refused).getMessageKey())
			.isEqualTo("telephony.error.numberTaken");
	}

	@Test
	void aGivenNumberKeptIsFreeAgain() {
		PhoneNumber number = assigned();
		number.keep();
		assertThat(number.getState()).isEqualTo(NumberState.FREE);
		assertThat(number.getLicenceId()).isNull();
		assertThat(number.getQuarantineUntil()).isNull();
		number.assignTo(new Licence());
		assertThat(number.getState()).isEqualTo(NumberState.ASSIGNED);
	}

	@Test
	void aGivenNumberNotKeptWaitsItsQuarantineAndIsRefusedWithItsDate() {
		PhoneNumber number = assigned();
		LocalDate until = LocalDate.of(2027, 3, 3);
		number.quarantine(until);
		assertThat(number.getState()).isEqualTo(NumberState.QUARANTINED);
		assertThat(number.getQuarantineUntil()).isEqualTo(until);
		assertThat(number.getLicenceId()).isNull();
		assertThatThrownBy(() -> number.assignTo(new Licence())).isInstanceOf(BusinessRuleException.class)
			.extracting((refused) -> ((BusinessRuleException) refused).getMessageKey())
			.isEqualTo("telephony.error.quarantined");
	}

	@Test
	void onlyAGivenNumberIsDissociated() {
		for (PhoneNumber number : new PhoneNumber[] { free(), quarantined() }) {
			NumberState before = number.getState();
			assertThatThrownBy(number::keep).isInstanceOf(BusinessRuleException.class)
				.extracting((refused) -> ((BusinessRuleException) refused).getMessageKey())
				.isEqualTo("telephony.error.numberNotAssigned");
			assertThatThrownBy(() -> number.quarantine(LocalDate.of(2027, 1, 1)))
				.isInstanceOf(BusinessRuleException.class);
			assertThat(number.getState()).isEqualTo(before);
		}
	}

	private static PhoneNumber quarantined() {
		PhoneNumber number = assigned();
		number.quarantine(LocalDate.of(2027, 3, 3));
		return number;
	}

}
