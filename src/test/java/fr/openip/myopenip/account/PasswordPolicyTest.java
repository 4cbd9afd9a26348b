package fr.openip.myopenip.account;

import fr.openip.myopenip.account.domain.PasswordPolicy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void aLongMixedPasswordIsAccepted() {
		assertThat(PasswordPolicy.violations("Tramway2026Nord", "revendeur1")).isEmpty();
	}

	@Test
	void aShortPasswordIsRefused() {
		assertThat(PasswordPolicy.violations("Ab1", "x")).contains("password.policy.length");
	}

	@Test
	void eachMissingKindOfCharacterIsNamed() {
		assertThat(PasswordPolicy.violations("abcdefghijkl", "x")).containsExactlyInAnyOrder("password.policy.upper",
				"password.policy.digit");
		assertThat(PasswordPolicy.violations("ABCDEFGHIJ12", "x")).containsExactly("password.policy.lower");
	}

	@Test
	void aPasswordContainingTheLoginIsRefused() {
		assertThat(PasswordPolicy.violations("Revendeur1Secret", "revendeur1"))
			.containsExactly("password.policy.username");
	}

	@Test
	void noPasswordIsRefusedWithoutError() {
		assertThat(PasswordPolicy.violations(null, "x")).containsExactly("password.policy.length");
	}

}
