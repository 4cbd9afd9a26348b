package fr.openip.myopenip.shared.db;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Sauvegarde": an admin downloads a backup of the running portal's database; restored
 * into a fresh folder, a server starts on it with the portal's schema and its rows.
 * Nobody else may take one, and a second backup asked while one is written is refused at
 * once.
 */
@PortalIntegrationTest
class BackupActionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddedBackups backups;

	@TempDir
	Path folder;

	@Test
	void anAdminDownloadsABackupThatRestores() throws Exception {
		String page = this.mvc.perform(get("/admin/backup").with(this.logins.as(DemoUsers.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Télécharger une sauvegarde", "--restore=");

		MvcResult started = this.mvc.perform(post("/admin/backup").with(csrf()).with(this.logins.as(DemoUsers.ADMIN)))
			.andReturn();
		var response = this.mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition")).matches("attachment; filename=\"myopenip-.*\\.zip\"");
		long orders = this.jdbc.queryForObject("select count(*) from customer_order", Long.class);
		int migrations = this.jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class);

		var restored = new EmbeddedDatabaseProperties(this.folder.resolve("restored"), false, "myopenip", 0, false);
		EmbeddedBackup.restore(new ByteArrayInputStream(response.getContentAsByteArray()), restored.dataDir());
		var configuration = new EmbeddedPostgresConfiguration();
		try (var server = configuration.embeddedServer(restored);
				var dataSource = configuration.dataSource(server, restored)) {
			var copy = new JdbcTemplate(dataSource);
			assertThat(copy.queryForObject("select count(*) from flyway_schema_history", Integer.class))
				.isEqualTo(migrations);
			assertThat(copy.queryForObject("select count(*) from customer_order", Long.class)).isEqualTo(orders)
				.isPositive();
		}
		assertThat(Files.exists(this.folder.resolve("restored/backup_label"))).as("used by the recovery").isFalse();
	}

	@Test
	void nobodyButAnAdminTakesOneAndOneAtATime() throws Exception {
		for (String user : new String[] { DemoUsers.RESELLER_ALPHA, DemoUsers.OPERATOR, DemoUsers.ADV }) {
			assertThat(this.mvc.perform(post("/admin/backup").with(csrf()).with(this.logins.as(user)))
				.andReturn()
				.getResponse()
				.getStatus()).as(user).isEqualTo(403);
		}
		EmbeddedBackups.Backup running = this.backups.begin();
		try {
			var refused = this.mvc.perform(post("/admin/backup").with(csrf()).with(this.logins.as(DemoUsers.ADMIN)))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		}
		finally {
			running.writeTo(java.io.OutputStream.nullOutputStream());
		}
	}

}
