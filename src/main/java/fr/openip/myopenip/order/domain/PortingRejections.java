package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.mail.MailProperties;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.OrderEvent.Kind;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * The porting's rounds between the order desk and the reseller. The desk rejects a
 * porting with a reason from {@link PortingRejection} ("Autre" with a text): the sheet
 * goes to "En attente d'informations client" — a move of {@link SheetTransitions}, so
 * only from where the table allows it — the reseller is mailed and its home page says so.
 * The reseller's correction ({@link NumberPortings#save}) sends the sheet back to "En
 * cours", flags the order as corrected in the queue and mails the Pilote ADV, until the
 * desk works the sheet. Each round is in the OC's history; the sheet counts its
 * rejections.
 */
@Service
public class PortingRejections {

	/** The longest text a rejection carries. */
	public static final int TEXT_MAX = 500;

	private final CustomerOrderRepository orders;

	private final ContractedOfferRepository offers;

	private final OrderEventRepository events;

	private final MailOutbox outbox;

	private final MailProperties mail;

	private final Clock clock;

	private final WorkingDays workingDays;

	PortingRejections(CustomerOrderRepository orders, ContractedOfferRepository offers, OrderEventRepository events,
			MailOutbox outbox, MailProperties mail, Clock clock, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.orders = orders;
		this.offers = offers;
		this.events = events;
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * "Rejeter la portabilité" of one of the order's sheets.
	 * @throws BusinessRuleException on the field refused ({@code reason}, {@code text}),
	 * or when the sheet may not be rejected
	 * @throws ObjectOptimisticLockingFailureException when the sheet changed since the
	 * page was read
	 */
	@Transactional
	public OrderedSheet reject(long orderId, long sheetId, long expectedVersion, PortingRejection reason, String text) {
		CustomerOrder order = this.orders.findForUpdate(orderId)
			.orElseThrow(() -> new NotFoundException("Order", orderId));
		List<OrderedSheet> sheets = this.orders.findSheets(orderId);
		OrderedSheet sheet = sheets.stream()
			.filter((candidate) -> candidate.getId() == sheetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("OrderedSheet", sheetId));
		order.requireOpen();
		if (order.getAdvPilot() == null) {
			throw new BusinessRuleException("order.error.notTaken", order.getNumber());
		}
		if (sheet.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(OrderedSheet.class, sheetId);
		}
		ContractedSheet contracted = sheet.getContracted();
		if (!contracted.isPortability()) {
			throw new BusinessRuleException("porting.error.notAPorting", sheet.getNumber());
		}
		if (reason == null) {
			throw BusinessRuleException.onField("reason", "porting.error.reason");
		}
		String said = text == null || text.isBlank() ? null : text.strip();
		if (said != null && said.length() > TEXT_MAX) {
			throw BusinessRuleException.onField("text", "porting.error.reasonTooLong", TEXT_MAX);
		}
		if (reason == PortingRejection.OTHER && said == null) {
			throw BusinessRuleException.onField("text", "porting.error.reasonText");
		}
		if (!sheet.isPortingRejectable()) {
			throw new BusinessRuleException("porting.error.notRejectable", sheet.getNumber(),
					new DefaultMessageSourceResolvable("sheet.state." + sheet.getState()));
		}
		SheetState from = sheet.getState();
		sheet.moveTo(SheetState.WAITING_FOR_CLIENT, PortalClock.today(this.clock), false);
		contracted.rejectPorting(reason, said);
		ContractedOffer offer = this.offers.findById(order.getContractedOfferId()).orElseThrow();
		this.events.save(new OrderEvent(offer, order, sheet.getNumber(), Kind.PORTING_REJECTED, OrderDesk.currentUser())
			.states(from, SheetState.WAITING_FOR_CLIENT)
			.reason(reason)
			.comment(said));
		follow(order, offer, sheets);
		if (order.getResellerEmail() != null && !order.getResellerEmail().isBlank()) {
			this.outbox.queueMessage(order.getResellerEmail(), "porting.mail.rejected", order.getNumber(),
					order.getClientName(), contracted.getNumber(),
					contracted.getPortingNumber() == null ? "" : contracted.getPortingNumber(),
					new DefaultMessageSourceResolvable("porting.rejection." + reason), said == null ? "" : said,
					offer.getNumber());
		}
		return sheet;
	}

	/**
	 * The reseller saved the porting of a sheet whose rejection waited for it: the sheet
	 * back to the desk. Called in {@link NumberPortings#save}'s transaction, the order
	 * locked first.
	 */
	void corrected(CustomerOrder order, ContractedOffer offer, ContractedSheet contracted) {
		List<OrderedSheet> sheets = this.orders.findSheets(order.getId());
		OrderedSheet sheet = sheets.stream()
			.filter((candidate) -> candidate.getContracted().getId() == contracted.getId())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("OrderedSheet", contracted.getId()));
		if (sheet.getState() == SheetState.WAITING_FOR_CLIENT) {
			sheet.moveTo(SheetState.IN_PROGRESS, PortalClock.today(this.clock), false);
		}
		contracted.portingCorrected(this.clock.instant());
		order.portingCorrected(this.clock.instant());
		this.events
			.save(new OrderEvent(offer, order, sheet.getNumber(), Kind.PORTING_CORRECTED, OrderDesk.currentUser())
				.states(SheetState.WAITING_FOR_CLIENT, sheet.getState())
				.comment(contracted.getPortingNumber() + " · " + contracted.getDonorOperator() + " · "
						+ contracted.getRio()));
		follow(order, offer, sheets);
		String pilot = order.getAdvPilotEmail() != null && !order.getAdvPilotEmail().isBlank()
				? order.getAdvPilotEmail() : this.mail.orderDesk();
		if (pilot != null && !pilot.isBlank()) {
			this.outbox.queueMessage(pilot, "porting.mail.corrected", order.getNumber(), order.getClientName(),
					contracted.getNumber(), contracted.getPortingNumber(), offer.getNumber(),
					contracted.getPortingRejections());
		}
	}

	/**
	 * The order's and the OC's état follow the sheets, in the history when they change.
	 */
	private void follow(CustomerOrder order, ContractedOffer offer, List<OrderedSheet> sheets) {
		OrderState before = order.getState();
		if (order.follow(sheets.stream().map(OrderedSheet::getState).toList(), PortalClock.today(this.clock),
				this.workingDays)) {
			this.events.save(new OrderEvent(offer, order, null, Kind.ORDER_STATE, OrderDesk.currentUser())
				.states(before, order.getState()));
		}
		offer.follow(order);
	}

}
