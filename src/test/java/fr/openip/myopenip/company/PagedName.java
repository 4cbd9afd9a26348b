package fr.openip.myopenip.company;

import fr.openip.myopenip.shared.list.ListRow;

/** A row of a list read in a test: a company's name. */
public record PagedName(long id, String name) implements ListRow {
}
