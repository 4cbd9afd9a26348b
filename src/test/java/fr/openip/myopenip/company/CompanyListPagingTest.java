package fr.openip.myopenip.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists page as a user expects: 25 rows a page in the chosen order, pages that
 * neither overlap nor skip, the count of all matches on every page, a page past the end
 * empty but still counted, and the same for the operator and the reseller.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyListPagingTest {

	private static final Pattern ROW_NAME = Pattern.compile("<td>(Paginé \\d\\d)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestClients clients;

	@Autowired
	fr.openip.myopenip.shared.list.Lists lists;

	private final List<String> names = IntStream.rangeClosed(1, 30)
		.mapToObj((i) -> String.format("Paginé %02d", i))
		.toList();

	@BeforeAll
	void thirtyClientsOfAlpha() {
		// Created out of order: the list sorts, not the insertion
		for (int i = this.names.size() - 1; i >= 0; i--) {
			this.clients.aClientOfAlpha(this.names.get(i));
		}
	}

	@Test
	void pagesFollowEachOtherInTheChosenOrderAndAllShowTheCount() throws Exception {
		for (String user : List.of(DemoUsers.RESELLER_ALPHA, DemoUsers.OPERATOR)) {
			String first = page(user, "asc", 0);
			String second = page(user, "asc", 1);
			List<String> seen = new ArrayList<>(rowsOf(first));
			seen.addAll(rowsOf(second));
			assertThat(rowsOf(first)).as(user).hasSize(25);
			assertThat(seen).as(user + ": two pages, no overlap, no gap").isEqualTo(this.names);
			assertThat(first).contains("30 résultat(s)");
			assertThat(second).contains("30 résultat(s)");

			assertThat(rowsOf(page(user, "desc", 0))).as(user + ", descending")
				.startsWith("Paginé 30", "Paginé 29")
				.hasSize(25);
			String pastTheEnd = page(user, "asc", 7);
			assertThat(rowsOf(pastTheEnd)).as(user + ", past the end").isEmpty();
			assertThat(pastTheEnd).contains("30 résultat(s)");
		}
	}

	@Test
	void aCappedCountSaysMoreThanItsLimitAndStillReadsThePagesPastIt() {
		var rows = fr.openip.myopenip.shared.list.ListRows.of(PagedName.class,
				"new fr.openip.myopenip.company.PagedName(c.id, c.name)", "");
		java.util.function.IntFunction<org.springframework.data.domain.Page<PagedName>> page = (number) -> this.lists
			.page(fr.openip.myopenip.shared.list.ListQuery.from("Company", "c")
				.startsWith("c.sortName", "name", "paginé")
				.orderBy(java.util.Map.of("name", "c.sortName"), "name", true), rows, number, 10, 12);
		var first = page.apply(0);
		assertThat(first.getContent()).hasSize(10);
		assertThat(fr.openip.myopenip.shared.list.Lists.countCapped(first, 12)).isTrue();
		List<String> seen = new ArrayList<>();
		for (int number = 0; number < 3; number++) {
			page.apply(number).getContent().forEach((row) -> seen.add(row.name()));
		}
		assertThat(seen).as("the pages past the limit are read all the same").isEqualTo(this.names);
		assertThat(page.apply(3).getContent()).isEmpty();
		var exact = this.lists.page(fr.openip.myopenip.shared.list.ListQuery.from("Company", "c")
			.startsWith("c.sortName", "name", "paginé 0")
			.orderBy(java.util.Map.of("name", "c.sortName"), "name", true), rows, 0, 10, 12);
		assertThat(exact.getTotalElements()).isEqualTo(9);
		assertThat(fr.openip.myopenip.shared.list.Lists.countCapped(exact, 12)).isFalse();
	}

	@Test
	void anotherResellerGetsNoneOfThemAndAnUnknownSortFallsBackToTheName() throws Exception {
		assertThat(rowsOf(page(DemoUsers.RESELLER_BETA, "asc", 0))).isEmpty();
		String body = this.mvc
			.perform(get("/companies/clients").param("name", "Paginé")
				.param("sort", "passwordHash")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rowsOf(body)).startsWith("Paginé 01", "Paginé 02");
	}

	private String page(String user, String direction, int page) throws Exception {
		return this.mvc
			.perform(get("/companies/clients").param("name", "paginé")
				.param("sort", "name")
				.param("dir", direction)
				.param("page", String.valueOf(page))
				.with(this.logins.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> rowsOf(String body) {
		List<String> rows = new ArrayList<>();
		Matcher matcher = ROW_NAME.matcher(body);
		while (matcher.find()) {
			rows.add(matcher.group(1));
		}
		return rows;
	}

}
