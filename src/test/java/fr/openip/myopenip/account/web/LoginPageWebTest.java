package fr.openip.myopenip.account.web;

import fr.openip.myopenip.account.domain.SecurityJournal;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Navigation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login page on its own (web slice with the portal's real security configuration):
 * the guide's two entries, a CSRF token, the security headers, and nothing else reachable
 * without logging in.
 */
@WebMvcTest(controllers = { LoginController.class, HomeController.class })
@Import({ Navigation.class, Formats.class })
class LoginPageWebTest {

	/** The portal's own security configuration, found by name. */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "fr.openip.myopenip.account", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = ".*\\.account\\.security\\.SecurityConfiguration"))
	static class PortalSecurity {

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserDetailsService users;

	@MockitoBean
	SecurityJournal journal;

	@Test
	void theLoginPageOffersTheTwoEntriesOfTheGuide() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Revendeur<")))
			.andExpect(content().string(containsString(">MB / Opérateur<")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().exists("Content-Security-Policy"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void theHomePageNeedsALogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aLoginWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "x").param("password", "y"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageSpeaksEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString(">Reseller<")))
			.andExpect(content().string(containsString(">Log in<")));
	}

}
