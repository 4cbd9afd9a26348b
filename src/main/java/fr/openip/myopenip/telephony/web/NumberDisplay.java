package fr.openip.myopenip.telephony.web;

import org.springframework.stereotype.Component;

import fr.openip.myopenip.telephony.domain.FrenchNumbers;

/**
 * How templates write a telephone number: {@code @numbers.display(n)}, "01 42 42 42 42".
 */
@Component("numbers")
class NumberDisplay {

	public String display(String number) {
		return number == null ? "" : FrenchNumbers.display(number);
	}

}
