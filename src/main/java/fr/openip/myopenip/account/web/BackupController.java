package fr.openip.myopenip.account.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.db.EmbeddedBackups;

/**
 * "Sauvegarde": an admin downloads an online backup of the embedded database while the
 * portal runs (restored with {@code java -jar … --restore=FILE}, README). On a PostgreSQL
 * server of its own, the page says to back it up with the server's tools.
 */
@Controller
class BackupController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

	private final ObjectProvider<EmbeddedBackups> backups;

	private final Clock clock;

	BackupController(ObjectProvider<EmbeddedBackups> backups, Clock clock) {
		this.backups = backups;
		this.clock = clock;
	}

	@GetMapping("/admin/backup")
	String page(Model model) {
		model.addAttribute("embedded", this.backups.getIfAvailable() != null);
		return "account/backup";
	}

	@PostMapping("/admin/backup")
	ResponseEntity<StreamingResponseBody> download() {
		EmbeddedBackups embedded = this.backups.getIfAvailable();
		if (embedded == null) {
			throw new NotFoundException("embedded database", "backup");
		}
		// refused here, before the download starts, when another backup is being written
		EmbeddedBackups.Backup backup = embedded.begin();
		String name = "myopenip-" + ZonedDateTime.now(this.clock.withZone(PortalClock.PARIS)).format(STAMP) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body((out) -> backup.writeTo(out));
	}

}
