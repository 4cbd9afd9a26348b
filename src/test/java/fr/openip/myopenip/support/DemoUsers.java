package fr.openip.myopenip.support;

/**
 * The demo logins loaded by the demo profile, all with {@link #PASSWORD}.
 */
public final class DemoUsers {

	public static final String PASSWORD = "demo1234";

	public static final String RESELLER_ALPHA = "revendeur1";

	public static final String RESELLER_BETA = "revendeur2";

	public static final String OPERATOR = "operateur";

	public static final String ADV = "adv";

	public static final String ADMIN = "admin";

	private DemoUsers() {
	}

}
