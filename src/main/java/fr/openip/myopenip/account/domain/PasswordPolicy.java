package fr.openip.myopenip.account.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a password strong enough: at least 10 characters, a lower-case letter, an
 * upper-case letter, a digit, and not the login. Answers the message keys of what is
 * missing.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	public static List<String> violations(String password, String username) {
		List<String> violations = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			violations.add("password.policy.length");
			if (password == null) {
				return violations;
			}
		}
		if (password.chars().noneMatch(Character::isLowerCase)) {
			violations.add("password.policy.lower");
		}
		if (password.chars().noneMatch(Character::isUpperCase)) {
			violations.add("password.policy.upper");
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			violations.add("password.policy.digit");
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			violations.add("password.policy.username");
		}
		return violations;
	}

}
