package fr.openip.myopenip.shared.list;

/**
 * What a list shows of each row: an HQL constructor expression over the list's alias
 * ({@code new …Row(c.id, c.name, r.name)}) and the joins it needs
 * ({@code left join c.referent r}).
 *
 * @param type the row's record
 * @param select the constructor expression
 * @param joins the joins from the list's entity, or empty
 */
public record ListRows<R extends ListRow>(Class<R> type, String select, String joins) {

	public static <R extends ListRow> ListRows<R> of(Class<R> type, String select, String joins) {
		return new ListRows<>(type, select, joins);
	}

}
