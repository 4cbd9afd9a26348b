package fr.openip.myopenip.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Operations endpoints: only health (its status, no details) and info are open, and info
 * reads as written; nothing else of the actuator answers, even to an admin.
 */
@PortalIntegrationTest
class ActuatorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Test
	void healthAndInfoAreOpenAndTellNothingSecret() throws Exception {
		var health = this.mvc.perform(get("/actuator/health")).andReturn().getResponse();
		assertThat(health.getStatus()).isEqualTo(200);
		assertThat(health.getContentAsString()).contains("\"status\":\"UP\"")
			.doesNotContain("components", "details", "postgres", "jdbc");

		var info = this.mvc.perform(get("/actuator/info")).andReturn().getResponse();
		assertThat(info.getStatus()).isEqualTo(200);
		assertThat(info.getContentAsString(StandardCharsets.UTF_8)).contains("Portail partenaires de l'opérateur")
			.doesNotContain("password", "datasource");
	}

	@Test
	void noOtherEndpointAnswersEvenAnAdmin() throws Exception {
		for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "mappings", "loggers",
				"metrics", "sessions", "shutdown")) {
			int anonymous = this.mvc.perform(get("/actuator/" + endpoint)).andReturn().getResponse().getStatus();
			int admin = this.mvc.perform(get("/actuator/" + endpoint).with(this.logins.as(DemoUsers.ADMIN)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(anonymous).as(endpoint + " for anonymous").isNotEqualTo(200);
			assertThat(admin).as(endpoint + " for an admin").isEqualTo(404);
		}
	}

}
