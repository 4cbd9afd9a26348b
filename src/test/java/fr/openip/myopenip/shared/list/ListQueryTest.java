package fr.openip.myopenip.shared.list;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Filters left empty add nothing; values are bound, never written into the query; only a
 * whitelisted column sorts, then the id.
 */
class ListQueryTest {

	private static final Map<String, String> SORTS = Map.of("name", "c.sortName");

	@Test
	void emptyFiltersAddNothingAndValuesAreBoundNotWritten() {
		ListQuery query = ListQuery.from("Company", "c")
			.where("c.state = :state", "state", null)
			.where("c.siren = :siren", "siren", "  ")
			.startsWith("c.sortName", "name", "")
			.where("c.id = :id", "id", 7L)
			.startsWith("c.sortName", "name", " Boul' or 1=1 ");
		assertThat(query.countQuery()).isEqualTo(
				"select count(c.id) from Company c where c.id = :id and c.sortName >= :nameFrom and c.sortName < :nameTo")
			.doesNotContain("Boul");
		assertThat(query.parameters()).containsEntry("id", 7L)
			.containsEntry("nameFrom", "boul' or 1=1")
			.containsEntry("nameTo", "boul' or 1=1" + Character.MAX_VALUE)
			.doesNotContainKeys("state", "siren");
	}

	@Test
	void onlyAWhitelistedColumnSortsThenTheId() {
		ListQuery query = ListQuery.from("Company", "c").orderBy(SORTS, "name", false);
		ListRows<ListRow> rows = ListRows.of(ListRow.class, "new Row(c.id)", "left join c.referent r");
		assertThat(query.pageQuery(rows)).endsWith("order by c.sortName desc, c.id desc")
			.contains("offset :listOffset rows fetch first :listSize rows only");
		assertThat(query.rowsQuery(rows)).isEqualTo(
				"select new Row(c.id) from Company c left join c.referent r order by c.sortName desc, c.id desc");
		assertThatIllegalArgumentException().isThrownBy(() -> query.orderBy(SORTS, "passwordHash", true));
	}

}
