package fr.openip.myopenip.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.TenantFilter;

/**
 * The portal's seal on a PDF: a PAdES baseline signature (ETSI EN 319 142-1, level B-B)
 * that any PDF reader verifies and that breaks if a byte of the sealed document changes.
 * As EN 319 142-1 (clause 6.3 and its table 1) says of a B-B signature: the signature
 * dictionary's SubFilter is {@code ETSI.CAdES.detached} and its {@code M} entry holds the
 * signing time; the CMS SignedData is detached, signs the byte ranges PDFBox gives, and
 * its signed attributes are content-type, message-digest and the ESS
 * signing-certificate-v2 (RFC 5035) that binds the signing certificate, without the
 * signing-time attribute.
 * <p>
 * The key and certificate come from {@link SealProperties}; without a keystore
 * configured, the first instance to start makes an RSA key and a self-signed certificate
 * and keeps them in {@code portal_seal_key}, where every other instance reads them.
 */
@Component
public class PdfSeal {

	/** Room kept in the PDF for the signature: a chain of a few certificates fits. */
	private static final int SIGNATURE_ROOM = 32 * 1024;

	private static final String SIGNATURE = "SHA256withRSA";

	private final SealProperties properties;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Key key;

	/** The key that seals, and its certificate chain (the signing certificate first). */
	record Key(PrivateKey privateKey, List<X509Certificate> chain) {
	}

	private final TransactionTemplate ownTransaction;

	PdfSeal(SealProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = transactions == null ? null : new TransactionTemplate(transactions);
		if (this.ownTransaction != null) {
			this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		}
	}

	/**
	 * The key is read (or made) as the portal starts, not in the transaction of the first
	 * signature: a signature rolled back must not take the key made for it along.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadTheKey() {
		key();
	}

	/**
	 * The PDF sealed: its bytes unchanged, followed by an incremental update that adds an
	 * invisible signature field signed by the portal.
	 * @param reason what the seal says it is for ("Enveloppe signée DEV1234")
	 */
	public byte[] seal(byte[] pdf, String reason) {
		Key sealing = key();
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(sealing.chain().get(0).getSubjectX500Principal().getName());
			signature.setLocation("MyOpenIP");
			signature.setReason(reason);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(this.clock.millis());
			signature.setSignDate(when);
			options.setPreferredSignatureSize(SIGNATURE_ROOM);
			document.addSignature(signature, (content) -> cms(sealing, content), options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_ROOM + 4096);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The certificate the portal seals with, for the certificate of completion. */
	public X509Certificate certificate() {
		return key().chain().get(0);
	}

	private static byte[] cms(Key sealing, InputStream content) throws IOException {
		try {
			X509Certificate signer = sealing.chain().get(0);
			ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
					MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()),
					new IssuerSerial(
							new GeneralNames(new GeneralName(
									X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
							signer.getSerialNumber()));
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certId }))));
			DefaultSignedAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(
					new AttributeTable(attributes)) {
				@Override
				public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
					// PAdES: the time is the dictionary's M entry, not a CMS attribute
					return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
				}
			};
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(signedAttributes)
						.build(new JcaContentSignerBuilder(SIGNATURE).build(sealing.privateKey()), signer));
			generator.addCertificates(new JcaCertStore(sealing.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("The seal could not be made", ex);
		}
	}

	private Key key() {
		Key known = this.key;
		if (known == null) {
			synchronized (this) {
				known = this.key;
				if (known == null) {
					known = (this.properties.keystore() != null) ? fromKeystore()
							: TenantFilter.asThePortal(() -> this.ownTransaction.execute((status) -> fromDatabase()));
					this.key = known;
				}
			}
		}
		return known;
	}

	private Key fromKeystore() {
		char[] password = (this.properties.password() == null) ? new char[0] : this.properties.password().toCharArray();
		try (InputStream in = this.properties.keystore().getInputStream()) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String alias = this.properties.alias();
			if (alias == null || alias.isBlank()) {
				alias = Collections.list(store.aliases())
					.stream()
					.filter((name) -> isKey(store, name))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("myopenip.seal.keystore holds no key"));
			}
			PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
			Certificate[] chain = store.getCertificateChain(alias);
			if (privateKey == null || chain == null || chain.length == 0) {
				throw new IllegalStateException("myopenip.seal.alias '" + alias + "' is no key with its certificate");
			}
			List<X509Certificate> certificates = new ArrayList<>();
			Arrays.stream(chain).forEach((certificate) -> certificates.add((X509Certificate) certificate));
			return new Key(privateKey, List.copyOf(certificates));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("myopenip.seal.keystore cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/**
	 * The self-signed key of the database, made by whichever instance comes first (the
	 * insert of the others does nothing; all read the one kept).
	 */
	private Key fromDatabase() {
		List<Key> kept = read();
		if (kept.isEmpty()) {
			Key made = selfSigned();
			try {
				this.jdbc.update(
						"insert into portal_seal_key (id, private_key, certificate, created_at) values (1, ?, ?, ?)"
								+ " on conflict (id) do nothing",
						made.privateKey().getEncoded(), made.chain().get(0).getEncoded(),
						Timestamp.from(this.clock.instant()));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
			kept = read();
		}
		return kept.get(0);
	}

	private List<Key> read() {
		return this.jdbc.query("select private_key, certificate from portal_seal_key where id = 1", (row, n) -> {
			try {
				PrivateKey privateKey = KeyFactory.getInstance("RSA")
					.generatePrivate(new PKCS8EncodedKeySpec(row.getBytes(1)));
				X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new java.io.ByteArrayInputStream(row.getBytes(2)));
				return new Key(privateKey, List.of(certificate));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("portal_seal_key cannot be read", ex);
			}
		});
	}

	/** An RSA 3072 key and its certificate, valid ten years, for sealing documents. */
	private Key selfSigned() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(3072);
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name("CN=MyOpenIP - cachet du portail, O=MyOpenIP, C=FR");
			Instant now = this.clock.instant();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
					new BigInteger(64, new java.security.SecureRandom()).abs().add(BigInteger.ONE),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3653))), name,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(pair.getPrivate())));
			return new Key(pair.getPrivate(), List.of(certificate));
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("The portal's seal could not be made", ex);
		}
	}

}
