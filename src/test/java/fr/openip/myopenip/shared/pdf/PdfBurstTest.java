package fr.openip.myopenip.shared.pdf;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of PDF requests (issue 19): 100 at once for a quote's PDF, over real HTTP. The
 * rendering at once is bounded and holds no database connection: every answer is the PDF
 * or a 503 with {@code Retry-After}, never a 500, and a list page asked meanwhile answers
 * in under a second.
 */
@PortalIntegrationTest
class PdfBurstTest {

	private static final int REQUESTS = 100;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClients clients;

	@Test
	void aHundredPdfRequestsAtOnceAnswerThePdfOr503AndTheListsStillAnswer() throws Exception {
		long quote = this.jdbc.queryForObject("select id from quote where owner_id = ? order by id limit 1", Long.class,
				this.clients.resellerId("Alpha Télécom"));
		HttpPortal burst = new HttpPortal(this.port).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
		HttpPortal lists = new HttpPortal(this.port).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
		assertThat(burst.get("/quotes/" + quote + "/pdf").statusCode()).isEqualTo(200);
		assertThat(lists.get("/quotes").statusCode()).isEqualTo(200);

		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return burst.get("/quotes/" + quote + "/pdf");
				}));
			}
			start.countDown();
			Thread.sleep(300);
			long listStart = System.nanoTime();
			HttpResponse<String> list = lists.get("/quotes");
			long listMillis = (System.nanoTime() - listStart) / 1_000_000;

			int pdfs = 0;
			int busy = 0;
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
				if (response.statusCode() == 200) {
					assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
					pdfs++;
				}
				else {
					assertThat(response.statusCode()).isEqualTo(503);
					assertThat(response.headers().firstValue("Retry-After")).isPresent();
					assertThat(response.body()).contains("réessayez dans quelques secondes");
					busy++;
				}
			}
			System.out.printf("PDF burst: %d requests, %d PDFs, %d × 503, a list page meanwhile in %d ms%n", REQUESTS,
					pdfs, busy, listMillis);
			assertThat(pdfs + busy).isEqualTo(REQUESTS);
			assertThat(pdfs).isPositive();
			assertThat(list.statusCode()).isEqualTo(200);
			assertThat(listMillis).as("the list page during the burst (ms)").isLessThan(1_000);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
