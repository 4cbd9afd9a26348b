package fr.openip.myopenip.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * A signing link's token (a quote's, a termination letter's): 256 random bits, base64url;
 * it is kept only as its SHA-256, and a string that cannot be a token (43 base64url
 * characters) is refused before any lookup.
 */
public final class SigningTokens {

	/** 256 random bits per signing link. */
	private static final int TOKEN_BYTES = 32;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SigningTokens() {
	}

	/** A new token, to put in the link only. */
	public static String next() {
		byte[] token = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	public static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

	/** What is kept of a token: its SHA-256, in hexadecimal. */
	public static String hash(String token) {
		return PdfDocuments.sha256(token.getBytes(StandardCharsets.US_ASCII));
	}

}
