package fr.openip.myopenip.order;

/** "Type commande": Création, Ajout / Réduction, Résiliation. */
public enum OrderType {

	CREATION, AMENDMENT, TERMINATION

}
