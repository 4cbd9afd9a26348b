package fr.openip.myopenip.quote.domain;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A signing link's token is kept only as its SHA-256; a string that cannot be a token (43
 * base64url characters) is refused before any lookup.
 */
final class SigningTokens {

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private SigningTokens() {
	}

	static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

	static String hash(String token) {
		return fr.openip.myopenip.shared.pdf.PdfDocuments.sha256(token.getBytes(StandardCharsets.US_ASCII));
	}

}
