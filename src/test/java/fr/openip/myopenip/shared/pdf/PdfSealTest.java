package fr.openip.myopenip.shared.pdf;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;

import fr.openip.myopenip.company.Pdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's own certificate, from a PKCS #12 keystore as README says: the seal is
 * made with it, at the clock's time, verifies, and breaks after one byte; a keystore that
 * cannot be opened says which setting is wrong.
 */
class PdfSealTest {

	private static final Instant NOW = Instant.parse("2026-12-03T10:15:30Z");

	@TempDir
	Path directory;

	private Path keystore(String password) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Opérateur de test, O=openIP, C=FR");
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(4242),
					Date.from(NOW.minusSeconds(60)), Date.from(NOW.plus(Duration.ofDays(365))), name, pair.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("cachet", pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
		Path file = this.directory.resolve("seal.p12");
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		return file;
	}

	@Test
	void theConfiguredCertificateSealsAndTheSealBreaksAfterOneByte() throws Exception {
		Path file = keystore("secret");
		PdfSeal seal = new PdfSeal(new SealProperties(new FileSystemResource(file), "secret", null), null, null,
				Clock.fixed(NOW, ZoneOffset.UTC));
		byte[] sealed = seal.seal(Pdfs.minimal(), "Test");
		assertThat(Seals.verify(sealed)).isTrue();
		assertThat(Seals.signer(Seals.signedData(sealed)).getSubject().toString()).contains("CN=Opérateur de test");
		assertThat(seal.certificate().getSerialNumber()).isEqualTo(BigInteger.valueOf(4242));
		try (PDDocument document = Loader.loadPDF(sealed)) {
			assertThat(document.getLastSignatureDictionary().getSignDate().toInstant()).isEqualTo(NOW);
			assertThat(document.getLastSignatureDictionary().getReason()).isEqualTo("Test");
		}
		byte[] altered = sealed.clone();
		altered[100] ^= 0x20;
		assertThat(Seals.verify(altered)).isFalse();
	}

	@Test
	void aKeystoreThatCannotBeOpenedNamesTheSetting() throws Exception {
		Path file = keystore("secret");
		PdfSeal seal = new PdfSeal(new SealProperties(new FileSystemResource(file), "wrong", null), null, null,
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThatThrownBy(() -> seal.seal(Pdfs.minimal(), "Test")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("myopenip.seal.keystore");
		PdfSeal noSuchKey = new PdfSeal(new SealProperties(new FileSystemResource(file), "secret", "autre"), null, null,
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThatThrownBy(() -> noSuchKey.seal(Pdfs.minimal(), "Test")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("myopenip.seal.alias");
	}

}
