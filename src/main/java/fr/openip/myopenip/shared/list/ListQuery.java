package fr.openip.myopenip.shared.list;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.StringUtils;

/**
 * The filters and the order of a list, as HQL on one entity: each filter is added only
 * when the user filled it in, with its value bound as a parameter, never written into the
 * query; the order is one of the list's whitelisted columns, then the id, so that pages
 * never overlap. The tenant filter applies to every query made from it.
 *
 * <pre>
 * ListQuery.from("Company", "c")
 *     .where("c.listKind = :kind", "kind", "CLIENT")
 *     .startsWith("c.sortName", "name", query.name())
 *     .where("c.state = :state", "state", query.state())
 *     .orderBy(SORTS, sorting.key(), sorting.ascending());
 * </pre>
 */
public final class ListQuery {

	private final String entity;

	private final String alias;

	private final StringBuilder where = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private String order;

	private boolean planWithValues;

	private ListQuery(String entity, String alias) {
		this.entity = entity;
		this.alias = alias;
		this.order = alias + ".id asc";
	}

	/** A list of the entity {@code entity}, named {@code alias} in conditions. */
	public static ListQuery from(String entity, String alias) {
		return new ListQuery(entity, alias);
	}

	/**
	 * Adds {@code condition} with {@code value} bound to {@code :parameter}, unless the
	 * value is null or blank (the user left the filter empty).
	 */
	public ListQuery where(String condition, String parameter, Object value) {
		if (value == null || (value instanceof String text && !StringUtils.hasText(text))) {
			return this;
		}
		this.where.append(this.where.isEmpty() ? " where " : " and ").append(condition);
		this.parameters.put(parameter, (value instanceof String text) ? text.trim() : value);
		return this;
	}

	/**
	 * Adds a condition that always applies.
	 */
	public ListQuery where(String condition) {
		this.where.append(this.where.isEmpty() ? " where " : " and ").append(condition);
		return this;
	}

	/**
	 * "Starts with", case-insensitive, on a column that holds the lower-cased text: a
	 * range, which the column's index serves (a {@code like} would not, prepared).
	 */
	public ListQuery startsWith(String lowerCasedPath, String parameter, String text) {
		return whereStartsWith(
				lowerCasedPath + " >= :" + parameter + "From and " + lowerCasedPath + " < :" + parameter + "To",
				parameter, text);
	}

	/**
	 * Adds {@code condition}, a condition on a prefix whose range is bound to
	 * {@code :parameterFrom} and {@code :parameterTo} (the lower-cased text, and what
	 * follows every text that starts with it), unless the text is blank.
	 */
	public ListQuery whereStartsWith(String condition, String parameter, String text) {
		if (!StringUtils.hasText(text)) {
			return this;
		}
		String from = text.trim().toLowerCase(Locale.ROOT);
		where(condition);
		this.parameters.put(parameter + "From", from);
		this.parameters.put(parameter + "To", from + Character.MAX_VALUE);
		return this;
	}

	/**
	 * The {@code like} pattern of what starts with {@code text}, lower-cased, its
	 * wildcards escaped (with {@code escape '\'}); null when the text is blank. For small
	 * tables: a range on an indexed "C"-collated column ({@link #startsWith}) serves
	 * large ones.
	 */
	public static String likePrefix(String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		return text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * Has PostgreSQL plan this list's statements with their values, every time, rather
	 * than reuse a plan made for any value: for a list whose filters change which index
	 * serves best (a prefix matching a fifth of the rows, or a handful), where a plan for
	 * any value guesses wrong by a hundredfold. Costs a plan per statement.
	 */
	public ListQuery planWithValues() {
		this.planWithValues = true;
		return this;
	}

	boolean plansWithValues() {
		return this.planWithValues;
	}

	/**
	 * Orders by the column of {@code key} in {@code columns} (the list's whitelist: key
	 * on screen → HQL path), then by id in the same direction. An unknown key is refused.
	 */
	public ListQuery orderBy(Map<String, String> columns, String key, boolean ascending) {
		String path = columns.get(key);
		if (path == null) {
			throw new IllegalArgumentException("Not a sortable column: " + key + " (" + columns.keySet() + ")");
		}
		String direction = ascending ? " asc" : " desc";
		this.order = path + direction + ", " + this.alias + ".id" + direction;
		return this;
	}

	String countQuery() {
		return "select count(" + this.alias + ".id) from " + root() + this.where;
	}

	/**
	 * Counts the matches, up to {@code :countLimit}: the database stops there, walking
	 * the list's index in the list's order.
	 */
	String limitedCountQuery() {
		return "select count(c.id) from (select " + this.alias + ".id as id from " + root() + this.where + " order by "
				+ this.order + " fetch first :countLimit rows only) c";
	}

	/**
	 * One page of rows: the page's ids from the list's index, then only those rows are
	 * joined.
	 */
	String pageQuery(ListRows<?> rows) {
		return "select " + rows.select() + " from (select " + this.alias + ".id as id from " + root() + this.where
				+ " order by " + this.order + " offset :listOffset rows fetch first :listSize rows only) p join "
				+ root() + " on " + this.alias + ".id = p.id " + rows.joins() + " order by " + this.order;
	}

	String rowsQuery(ListRows<?> rows) {
		return "select " + rows.select() + " from " + root() + " " + rows.joins() + this.where + " order by "
				+ this.order;
	}

	private String root() {
		return this.entity + " " + this.alias;
	}

	Map<String, Object> parameters() {
		return this.parameters;
	}

}
