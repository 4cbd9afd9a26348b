package fr.openip.myopenip.quote.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import fr.openip.myopenip.shared.BusinessRuleException;

import static fr.openip.myopenip.quote.domain.QuoteStatus.DRAFT;
import static fr.openip.myopenip.quote.domain.QuoteStatus.REFUSED;
import static fr.openip.myopenip.quote.domain.QuoteStatus.SENT;
import static fr.openip.myopenip.quote.domain.QuoteStatus.SUPERSEDED;
import static fr.openip.myopenip.quote.domain.QuoteStatus.VALIDATED;

/**
 * What may be done to a quote, the one table its entity, its services and its page read
 * (as {@code SheetTransitions} is for product sheets). A quote is a draft through its
 * steps (1 "Constitution de mon panier", 2 sites and contacts, 3 "Récapitulatif", 4
 * "Validation"), then sent to its client, signed or validated for it (Validé), refused,
 * or replaced by its next version; past its validity without a decision it is expired.
 * <ul>
 * <li>a draft is changed in place; a quote sent or refused is changed as its next
 * version, itself replaced;</li>
 * <li>sending, validating, signing need step 4 reached; these and refusing commit the
 * client, so an expired quote does none of them;</li>
 * <li>an expired quote is renewed: a draft in place, a sent one as its next version;
 * nothing else leaves expiry but a change (which a sent quote also makes a new
 * version);</li>
 * <li>nothing leaves Validé or Remplacé.</li>
 * </ul>
 */
public final class QuoteLifeCycle {

	/** What a user may do to a quote. */
	public enum Move {

		/** Basket, sites, contacts, comment, removals: the draft itself. */
		CHANGE,
		/** The same changes to a quote sent or refused: its next version. */
		NEW_VERSION,
		/** Steps 2 and 3 ended. */
		PROCEED,
		/** "Notifier le client pour validation" (again, for a sent quote). */
		SEND,
		/** "Valider le devis pour le compte du client", "Validation finale". */
		VALIDATE,
		/** The client signs through its link. */
		SIGN,
		/** The client refuses through its link. */
		REFUSE,
		/** "Renouveler la validité" of an expired quote. */
		RENEW

	}

	private static final Map<QuoteStatus, Set<Move>> ALLOWED = new EnumMap<>(QuoteStatus.class);

	static {
		allow(DRAFT, Move.CHANGE, Move.PROCEED, Move.SEND, Move.VALIDATE, Move.RENEW);
		allow(SENT, Move.NEW_VERSION, Move.SEND, Move.VALIDATE, Move.SIGN, Move.REFUSE, Move.RENEW);
		allow(REFUSED, Move.NEW_VERSION);
		allow(VALIDATED);
		allow(SUPERSEDED);
	}

	/** The moves that commit the client: none once the quote has expired. */
	private static final Set<Move> COMMITTING = EnumSet.of(Move.SEND, Move.VALIDATE, Move.SIGN, Move.REFUSE);

	/** The moves that need step 4 "Validation" reached. */
	private static final Set<Move> AT_VALIDATION = EnumSet.of(Move.SEND, Move.VALIDATE, Move.SIGN);

	private QuoteLifeCycle() {
	}

	private static void allow(QuoteStatus status, Move... moves) {
		ALLOWED.put(status, moves.length == 0 ? EnumSet.noneOf(Move.class) : EnumSet.of(moves[0], moves));
	}

	/** The moves the table has for a status, whatever the step and the date. */
	public static Set<Move> of(QuoteStatus status) {
		return Collections.unmodifiableSet(ALLOWED.get(status));
	}

	/**
	 * Whether a quote in this status, at this step, expired or not, may make the move.
	 */
	public static boolean allowed(QuoteStatus status, int step, boolean expired, Move move) {
		return reason(status, step, expired, move) == null;
	}

	/** Whether the quote may still change at all (in place, or as its next version). */
	public static boolean changeable(QuoteStatus status) {
		Set<Move> moves = ALLOWED.get(status);
		return moves.contains(Move.CHANGE) || moves.contains(Move.NEW_VERSION);
	}

	/**
	 * @throws BusinessRuleException with the reason the move is refused, if it is
	 */
	static void require(QuoteStatus status, int step, boolean expired, Move move) {
		String reason = reason(status, step, expired, move);
		if (reason != null) {
			throw new BusinessRuleException(reason);
		}
	}

	/** Why the move is refused (a message key), or null. */
	private static String reason(QuoteStatus status, int step, boolean expired, Move move) {
		if (!ALLOWED.get(status).contains(move)) {
			return (move == Move.SIGN || move == Move.REFUSE) ? "quote.error.notSent" : "quote.error.readOnly";
		}
		if (COMMITTING.contains(move) && expired) {
			return "quote.error.expired";
		}
		if (move == Move.RENEW && !expired) {
			return "quote.error.notExpired";
		}
		if (AT_VALIDATION.contains(move) && step < 4) {
			return "quote.error.stepNotReached";
		}
		if (move == Move.PROCEED && step < 3) {
			return "quote.error.stepNotReached";
		}
		return null;
	}

}
