package fr.openip.myopenip.quote;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.TenantFilter;

/**
 * The pipeline of the "Tableau de bord": the quotes (their live version) by step of the
 * basket for the drafts, then sent, validated (each of which placed its order) and
 * refused, read by PostgreSQL in one statement from the summary each change of a quote
 * keeps (migration V30). A reseller's are its own; the operator's staff read them all or
 * one reseller's.
 */
@Service
@Transactional(readOnly = true)
public class QuoteFigures {

	/**
	 * The quotes by step: drafts at steps 1 to 4 ({@code drafts[0]} the first), sent to
	 * the client, validated (orders placed), refused.
	 */
	public record Pipeline(long[] drafts, long sent, long validated, long refused) {

		public long total() {
			long all = this.sent + this.validated + this.refused;
			for (long draft : this.drafts) {
				all += draft;
			}
			return all;
		}

		/** Percent of the quotes that became orders, rounded down. */
		public long conversion() {
			return total() == 0 ? 0 : this.validated * 100 / total();
		}

	}

	private final EntityManager entities;

	QuoteFigures(EntityManager entities) {
		this.entities = entities;
	}

	/** {@code resellerId}: one reseller's (the staff), or null: the tenant's, or all. */
	public Pipeline pipeline(Long resellerId) {
		long tenant = TenantFilter.currentTenant();
		Long owner = tenant == TenantFilter.ALL ? resellerId : Long.valueOf(tenant);
		Query query = this.entities.createNativeQuery("select status, step, sum(quotes) from quote_figure"
				+ (owner == null ? "" : " where owner_id = :owner") + " group by status, step");
		if (owner != null) {
			query.setParameter("owner", owner);
		}
		long[] drafts = new long[4];
		long sent = 0;
		long validated = 0;
		long refused = 0;
		for (Object row : query.getResultList()) {
			Object[] columns = (Object[]) row;
			long count = ((Number) columns[2]).longValue();
			switch ((String) columns[0]) {
				case "DRAFT" -> drafts[((Number) columns[1]).intValue() - 1] += count;
				case "SENT" -> sent += count;
				case "VALIDATED" -> validated += count;
				default -> refused += count;
			}
		}
		return new Pipeline(drafts, sent, validated, refused);
	}

}
