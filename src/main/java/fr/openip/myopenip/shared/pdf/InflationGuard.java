package fr.openip.myopenip.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.FilterFactory;

import fr.openip.myopenip.shared.BusinessRuleException;

/**
 * Bounds what an uploaded PDF inflates to before PDFBox parses it (issue 19). PDFBox
 * decodes a cross-reference stream and every object stream whole, in memory, with no
 * limit (its memory settings cover the streams it caches, not these), so a file of 0.3 MB
 * whose streams inflate to gigabytes of zeros cost seconds and gigabytes. This guard
 * walks the file's raw bytes once, finds each {@code stream … endstream} and its
 * dictionary, and decodes it with PDFBox's own filters (Flate with the JDK's
 * {@link Inflater}) into a counting sink that keeps nothing, refusing the file as soon as
 *
 * <ul>
 * <li>a cross-reference or object stream (which PDFBox holds in memory) inflates past
 * {@value #MAX_STRUCTURE_MB} MB,</li>
 * <li>any other stream (page content, fonts…) past {@value #MAX_STREAM_MB} MB, or all of
 * them together past {@value #MAX_TOTAL_MB} MB,</li>
 * <li>the file holds more than {@value #MAX_OBJECTS} objects,</li>
 * <li>or the walk has taken more than {@value #DEADLINE_MILLIS} ms.</li>
 * </ul>
 * Images (DCT, JPX, JBIG2, CCITT, and any stream of subtype Image) are not decoded: the
 * portal never renders an upload, and an image's size says nothing of a bomb. An
 * encrypted file is refused: its object streams are decrypted by PDFBox before they are
 * inflated, out of this guard's sight.
 */
final class InflationGuard {

	static final int MAX_STRUCTURE_MB = 8;

	static final int MAX_STREAM_MB = 32;

	static final int MAX_TOTAL_MB = 128;

	static final int MAX_OBJECTS = 250_000;

	static final long DEADLINE_MILLIS = 1_500;

	private static final long MB = 1024 * 1024;

	/** Where a stream's data starts: the keyword and its end of line. */
	private static final Pattern STREAM = Pattern.compile("stream(\r\n|\n|\r)");

	/**
	 * "12 0 obj", tried only where a run of digits starts and without backtracking, so
	 * that a file of digits costs one pass.
	 */
	private static final Pattern OBJECT = Pattern.compile("(?<!\\d)\\d++\\s++\\d++\\s++obj\\b");

	private static final Pattern FILTER_ARRAY = Pattern.compile("/Filter\\s*\\[([^\\]]*)\\]");

	private static final Pattern FILTER_NAME = Pattern.compile("/Filter\\s*/([A-Za-z0-9]+)");

	private static final Pattern FILTER_REFERENCE = Pattern.compile("/Filter\\s*\\d+\\s+\\d+\\s+R");

	private static final Pattern NAME = Pattern.compile("/([A-Za-z0-9]+)");

	private static final Pattern IMAGE = Pattern.compile("/Subtype\\s*/Image\\b");

	private static final Pattern STRUCTURE = Pattern.compile("/Type\\s*/(XRef|ObjStm)\\b");

	private static final Pattern OBJECTS_IN_STREAM = Pattern.compile("/N\\s+(\\d+)");

	private static final Pattern ENCRYPTED = Pattern.compile("/Encrypt\\b");

	/** The longest dictionary read before a stream's data. */
	private static final int MAX_DICTIONARY = 64 * 1024;

	private final String text;

	private final long deadline;

	private long total;

	private InflationGuard(byte[] content, long now) {
		this.text = new String(content, StandardCharsets.ISO_8859_1);
		this.deadline = now + DEADLINE_MILLIS * 1_000_000;
	}

	/**
	 * @throws BusinessRuleException {@code file.error.bomb} past a bound,
	 * {@code file.error.encrypted} for an encrypted file
	 */
	static void check(byte[] content) {
		new InflationGuard(content, System.nanoTime()).walk();
	}

	private void walk() {
		if (ENCRYPTED.matcher(this.text).find()) {
			throw new BusinessRuleException("file.error.encrypted");
		}
		long objects = OBJECT.matcher(this.text).results().count();
		Matcher stream = STREAM.matcher(this.text);
		int from = 0;
		while (objects <= MAX_OBJECTS && stream.find(from)) {
			if (System.nanoTime() > this.deadline) {
				throw new BusinessRuleException("file.error.bomb");
			}
			int keyword = stream.start();
			int start = stream.end();
			from = start;
			if (keyword >= 3 && this.text.startsWith("end", keyword - 3)) {
				continue;
			}
			int end = this.text.indexOf("endstream", start);
			end = end < 0 ? this.text.length() : end;
			String dictionary = dictionaryBefore(keyword);
			Matcher structure = STRUCTURE.matcher(dictionary);
			boolean isStructure = structure.find();
			if (isStructure && structure.group(1).equals("ObjStm")) {
				Matcher count = OBJECTS_IN_STREAM.matcher(dictionary);
				if (count.find()) {
					objects += count.group(1).length() > 7 ? MAX_OBJECTS + 1 : Long.parseLong(count.group(1));
				}
			}
			if (!IMAGE.matcher(dictionary).find()) {
				decode(filters(dictionary), start, end, (isStructure ? MAX_STRUCTURE_MB : MAX_STREAM_MB) * MB);
			}
			from = end;
		}
		if (objects > MAX_OBJECTS) {
			throw new BusinessRuleException("file.error.bomb");
		}
	}

	/** The stream's dictionary: what lies between its object's "obj" and "stream". */
	private String dictionaryBefore(int keyword) {
		int lowest = Math.max(0, keyword - MAX_DICTIONARY);
		int start = keyword - 3;
		while (start > lowest && !this.text.startsWith("obj", start)) {
			start--;
		}
		return this.text.substring(Math.max(start, lowest), keyword);
	}

	private static List<String> filters(String dictionary) {
		List<String> names = new ArrayList<>();
		Matcher array = FILTER_ARRAY.matcher(dictionary);
		Matcher single = FILTER_NAME.matcher(dictionary);
		if (array.find()) {
			NAME.matcher(array.group(1)).results().forEach((name) -> names.add(name.group(1)));
		}
		else if (single.find()) {
			names.add(single.group(1));
		}
		else if (FILTER_REFERENCE.matcher(dictionary).find()) {
			// a filter held elsewhere: measured as the usual one
			names.add("FlateDecode");
		}
		return names;
	}

	/**
	 * Decodes the stream's bytes through its filters, the last one into a counting sink;
	 * a filter's output feeding the next is kept, up to the size of an upload.
	 */
	private void decode(List<String> filters, int start, int end, long limit) {
		byte[] data = this.text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
		for (int i = 0; i < filters.size(); i++) {
			String filter = filters.get(i);
			if (isImageOrCrypt(filter)) {
				return;
			}
			boolean last = i == filters.size() - 1;
			Sink sink = new Sink(last ? limit : PdfDocuments.MAX_SIZE, !last);
			try {
				decode(filter, data, sink);
			}
			catch (Bound exceeded) {
				throw new BusinessRuleException("file.error.bomb");
			}
			catch (IOException | RuntimeException unreadable) {
				// what PDFBox cannot decode it will not inflate either; what was decoded
				// until then has been counted
			}
			if (last) {
				return;
			}
			data = sink.kept.toByteArray();
		}
	}

	private static boolean isImageOrCrypt(String filter) {
		return switch (filter) {
			case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF", "Crypt" -> true;
			default -> false;
		};
	}

	private static void decode(String filter, byte[] data, Sink sink) throws IOException {
		if (filter.equals("FlateDecode") || filter.equals("Fl")) {
			inflate(data, sink);
			return;
		}
		String name = switch (filter) {
			case "LZW" -> "LZWDecode";
			case "RL" -> "RunLengthDecode";
			case "AHx" -> "ASCIIHexDecode";
			case "A85" -> "ASCII85Decode";
			default -> filter;
		};
		FilterFactory.INSTANCE.getFilter(name).decode(new ByteArrayInputStream(data), sink, new COSDictionary(), 0);
	}

	private static void inflate(byte[] data, Sink sink) throws IOException {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(data);
			byte[] buffer = new byte[64 * 1024];
			while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
				int inflated = inflater.inflate(buffer);
				sink.write(buffer, 0, inflated);
			}
		}
		catch (DataFormatException corrupt) {
			// counted so far; PDFBox stops there too
		}
		finally {
			inflater.end();
		}
	}

	/** Counts what a filter writes (and keeps it when another filter reads it next). */
	private final class Sink extends OutputStream {

		private final long limit;

		private final ByteArrayOutputStream kept;

		private long written;

		Sink(long limit, boolean keep) {
			this.limit = limit;
			this.kept = keep ? new ByteArrayOutputStream() : null;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			if (this.kept != null) {
				this.kept.write(b);
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			count(length);
			if (this.kept != null) {
				this.kept.write(bytes, offset, length);
			}
		}

		private void count(long bytes) {
			this.written += bytes;
			InflationGuard.this.total += bytes;
			if (this.written > this.limit || InflationGuard.this.total > MAX_TOTAL_MB * MB
					|| System.nanoTime() > InflationGuard.this.deadline) {
				throw new Bound();
			}
		}

	}

	/** A bound passed: the walk stops there. */
	private static final class Bound extends RuntimeException {

		Bound() {
			super("PDF past its bounds", null, false, false);
		}

	}

}
