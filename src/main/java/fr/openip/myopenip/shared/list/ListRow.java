package fr.openip.myopenip.shared.list;

/**
 * A row of a list, read as a small record (a projection), never as an entity: its id puts
 * it back in the page's order.
 */
public interface ListRow {

	long id();

}
