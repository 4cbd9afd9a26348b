package fr.openip.myopenip.company;

import java.util.List;

/**
 * The lists of the menu "Entreprises → Gestion des entreprises".
 */
public enum CompanyList {

	OPERATORS(List.of(CompanyUniverse.OPERATOR), false), AMBASSADORS(List.of(CompanyUniverse.AMBASSADOR), false),
	CLIENTS(List.of(CompanyUniverse.END_CLIENT, CompanyUniverse.OTHER), false),
	PROSPECTS(List.of(CompanyUniverse.END_CLIENT, CompanyUniverse.OTHER), true),
	OTHERS(List.of(CompanyUniverse.RESELLER), false);

	private final List<CompanyUniverse> universes;

	private final boolean prospects;

	CompanyList(List<CompanyUniverse> universes, boolean prospects) {
		this.universes = universes;
		this.prospects = prospects;
	}

	List<CompanyUniverse> universes() {
		return this.universes;
	}

	boolean prospects() {
		return this.prospects;
	}

}
