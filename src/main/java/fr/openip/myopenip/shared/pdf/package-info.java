/**
 * Every PDF of the portal, one way: a Thymeleaf template under {@code templates/pdf}
 * rendered by openhtmltopdf on PDFBox with embedded DejaVu fonts (so accents print
 * everywhere); and the check that an uploaded file really is a PDF.
 */
@NamedInterface("pdf")
package fr.openip.myopenip.shared.pdf;

import org.springframework.modulith.NamedInterface;
