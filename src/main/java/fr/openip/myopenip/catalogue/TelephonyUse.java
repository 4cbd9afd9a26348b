package fr.openip.myopenip.catalogue;

/**
 * What a product gives the hosted telephony ("Mes services") once its OC is delivered: a
 * MetaCentrex licence (a user's line), or numbers for the client's pool. Most products
 * give none.
 */
public enum TelephonyUse {

	/** A MetaCentrex licence: the OC becomes a hosted-telephony service. */
	LICENCE(0),

	/**
	 * A MetaCentrex licence with its direct number (SDA): a licence, and a number for the
	 * client's pool.
	 */
	LICENCE_WITH_NUMBER(1),

	/** One number for the client's pool. */
	NUMBER(1),

	/** A block of ten numbers for the client's pool. */
	NUMBER_BLOCK(10);

	private final int numbers;

	TelephonyUse(int numbers) {
		this.numbers = numbers;
	}

	/** How many numbers one unit of the product brings to the client's pool. */
	public int numbers() {
		return this.numbers;
	}

}
