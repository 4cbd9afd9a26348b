package fr.openip.myopenip.shared.pdf;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.BusyException;
import fr.openip.myopenip.shared.web.Formats;

/**
 * Renders a template of {@code templates/pdf} to a PDF, and checks uploaded PDFs. The
 * templates are XHTML (openhtmltopdf parses XML); they receive {@code formats} for dates
 * and amounts besides their own variables, and the portal's messages.
 */
@Component
public class PdfDocuments {

	/** 20 MB, as the forms say ("PDF, 20Mo max"). */
	public static final long MAX_SIZE = 20L * 1024 * 1024;

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final ITemplateEngine templates;

	private final Formats formats;

	private final byte[] regular;

	private final byte[] bold;

	PdfDocuments(ITemplateEngine templates, Formats formats) {
		this.templates = templates;
		this.formats = formats;
		this.regular = font("DejaVuSans.ttf");
		this.bold = font("DejaVuSans-Bold.ttf");
	}

	/**
	 * How many PDFs render at once: about one a core. A request past the bound waits
	 * {@link #RENDER_WAIT} for its turn, then is told to come back
	 * ({@link BusyException}, 503).
	 */
	static final int RENDERING_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());

	static final Duration RENDER_WAIT = Duration.ofSeconds(2);

	private final Semaphore rendering = new Semaphore(RENDERING_AT_ONCE, true);

	/**
	 * The PDF of {@code pdf/<template>.html} filled with {@code variables}. Callers read
	 * what it needs first and render outside their transaction, so that no database
	 * connection is held while the PDF is laid out.
	 * @throws BusyException when as many PDFs as {@link #RENDERING_AT_ONCE} says are
	 * rendering and none ends within {@link #RENDER_WAIT}
	 */
	public byte[] render(String template, Map<String, ?> variables) {
		return render(template, () -> variables);
	}

	/**
	 * The PDF of {@code pdf/<template>.html} filled with what {@code variables} reads
	 * once this PDF's turn has come: a request over the bound does no database work at
	 * all, and the read's transaction ends before the rendering.
	 * @throws BusyException as {@link #render(String, Map)}
	 */
	public byte[] render(String template, Supplier<? extends Map<String, ?>> variables) {
		try {
			if (!this.rendering.tryAcquire(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new BusyException("pdf", RENDER_WAIT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException("pdf", RENDER_WAIT);
		}
		try {
			return renderNow(template, variables.get());
		}
		finally {
			this.rendering.release();
		}
	}

	private byte[] renderNow(String template, Map<String, ?> variables) {
		Context context = new Context(Locale.FRENCH);
		context.setVariables(new java.util.HashMap<String, Object>(variables));
		context.setVariable("formats", this.formats);
		String html = xmlSafe(this.templates.process("pdf/" + template, context));
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(false);
			builder.useFont(() -> new java.io.ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL,
					true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL,
					true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The text without the characters XML 1.0 forbids (control characters, lone
	 * surrogates, U+FFFE and U+FFFF), which a user may have typed into a field the PDF
	 * prints: the parser would refuse the whole document.
	 */
	static String xmlSafe(String text) {
		StringBuilder safe = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int length = Character.charCount(codePoint);
			boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
					|| (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
					|| (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
			if (!allowed && safe == null) {
				safe = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (allowed && safe != null) {
				safe.appendCodePoint(codePoint);
			}
			i += length;
		}
		return safe == null ? text : safe.toString();
	}

	/**
	 * Checks that the bytes are a PDF of at most 20 MB that has pages, judged by its
	 * content and not by its name, and whose streams inflate within the bounds of
	 * {@link InflationGuard} before PDFBox parses it.
	 * @throws BusinessRuleException {@code file.error.tooLarge}, {@code file.error.bomb},
	 * {@code file.error.encrypted} or {@code file.error.notPdf}
	 */
	public static void check(byte[] content) {
		if (content.length > MAX_SIZE) {
			throw new BusinessRuleException("file.error.tooLarge");
		}
		if (!startsWithMagic(content)) {
			throw new BusinessRuleException("file.error.notPdf");
		}
		InflationGuard.check(content);
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.getNumberOfPages() < 1) {
				throw new BusinessRuleException("file.error.notPdf");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BusinessRuleException refused) {
				throw refused;
			}
			throw new BusinessRuleException("file.error.notPdf");
		}
	}

	/**
	 * The bytes of an uploaded file; one the server cannot read (a client gone midway) is
	 * refused as not a PDF.
	 */
	public static byte[] bytesOf(org.springframework.web.multipart.MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (java.io.IOException unreadable) {
			throw new BusinessRuleException("file.error.notPdf");
		}
	}

	/**
	 * The name an uploaded file is kept under: no path, no control character or quote, at
	 * most its last 200 characters, "document.pdf" when nothing is left.
	 */
	public static String fileName(String uploaded) {
		String name = uploaded == null ? ""
				: uploaded.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "document.pdf";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	/** How many pages a PDF of the portal has. */
	public static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The PDFs of the portal one after the other, as one PDF. */
	public static byte[] merge(java.util.List<byte[]> pdfs) {
		org.apache.pdfbox.multipdf.PDFMergerUtility merger = new org.apache.pdfbox.multipdf.PDFMergerUtility();
		pdfs.forEach((pdf) -> merger.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(pdf)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		try {
			merger.mergeDocuments(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The answer carrying a PDF, shown in the browser ({@code inline}) or downloaded,
	 * under this file name.
	 */
	public static ResponseEntity<byte[]> response(byte[] content, String filename, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(filename, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/** The SHA-256 of the bytes, in hexadecimal: a document's fingerprint. */
	public static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWithMagic(byte[] content) {
		// A PDF may have a few bytes of garbage before its header; the specification
		// allows 1024.
		int limit = Math.min(1024, content.length - PDF_MAGIC.length);
		for (int start = 0; start <= limit; start++) {
			boolean match = true;
			for (int i = 0; i < PDF_MAGIC.length && match; i++) {
				match = content[start + i] == PDF_MAGIC[i];
			}
			if (match) {
				return true;
			}
		}
		return false;
	}

	private static byte[] font(String name) {
		try (InputStream in = new ClassPathResource("pdf/fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
