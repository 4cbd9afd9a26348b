package fr.openip.myopenip.shared;

import jakarta.persistence.EntityManager;

/**
 * The one way a module's demo data is loaded once, however many instances start at the
 * same time: inside the loader's transaction, its advisory lock is taken (the others wait
 * for it), then what it loads is counted — the first to find nothing loads it, the others
 * find it there and load nothing.
 */
public final class DemoLoading {

	private DemoLoading() {
	}

	/**
	 * Takes the loader's lock for its transaction and answers whether it has anything to
	 * load: true when {@code countQuery} (JPQL, counting what the loader writes) finds
	 * none.
	 */
	public static boolean firstToLoad(EntityManager entityManager, long lockKey, String countQuery) {
		entityManager.createNativeQuery("select pg_advisory_xact_lock(" + lockKey + ")").getSingleResult();
		return entityManager.createQuery(countQuery, Long.class).getSingleResult() == 0;
	}

}
