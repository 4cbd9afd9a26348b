package fr.openip.myopenip.order;

/** "Statut fiche produit", SPEC §5; a new sheet is "Non défini". */
public enum SheetState {

	UNDEFINED, WAITING_FOR_CLIENT, IN_PROGRESS, PORTING_DATE_CONFIRMED, APPOINTMENT_PLANNED, APPOINTMENT_FAILED,
	DELIVERING, DELIVERED, CANCELLED, DELIVERY_IMPOSSIBLE, TERMINATING, TERMINATED;

	/** The state of this name, if there is one (a name sent by a form). */
	public static java.util.Optional<SheetState> of(String name) {
		return java.util.Arrays.stream(values()).filter((state) -> state.name().equals(name)).findFirst();
	}

}
