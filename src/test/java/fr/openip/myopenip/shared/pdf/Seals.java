package fr.openip.myopenip.shared.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads a PDF's seal back as a PDF reader would: PDFBox gives the signature and the bytes
 * it covers, BouncyCastle checks the CMS over them with the certificate it carries.
 */
public final class Seals {

	private Seals() {
	}

	/** The CMS of the PDF's last signature. */
	public static CMSSignedData signedData(byte[] pdf) throws IOException, CMSException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature seal = document.getLastSignatureDictionary();
			// the first DER object of /Contents, which the PDF pads with zeros
			try (ASN1InputStream in = new ASN1InputStream(seal.getContents())) {
				return new CMSSignedData(new CMSProcessableByteArray(seal.getSignedContent(pdf)),
						ContentInfo.getInstance(in.readObject()));
			}
		}
	}

	/** The certificate that signed the PDF's last signature. */
	@SuppressWarnings("unchecked")
	public static X509CertificateHolder signer(CMSSignedData cms) {
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		return (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
	}

	/** Whether the PDF's last signature verifies over the bytes it covers. */
	public static boolean verify(byte[] pdf) {
		try {
			CMSSignedData cms = signedData(pdf);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer(cms)));
		}
		catch (CMSException | IOException | OperatorCreationException | java.security.cert.CertificateException
				| RuntimeException broken) {
			return false;
		}
	}

}
