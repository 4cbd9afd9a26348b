package fr.openip.myopenip.shared.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code myopenip.seal.*}: the certificate that seals the signed envelopes. Without a
 * keystore, the portal makes a self-signed certificate at its first start and keeps it in
 * the database, shared by every instance.
 *
 * @param keystore a PKCS #12 file holding the key and its certificate chain
 * ({@code file:/etc/myopenip/seal.p12}), or none
 * @param password the keystore's password (and its key's)
 * @param alias the key's entry in the keystore; its first key entry when none
 */
@ConfigurationProperties("myopenip.seal")
public record SealProperties(Resource keystore, String password, String alias) {
}
