package org.dossier.app.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.publication.PublicationDate;

/**
 * What an uploaded file holds, if it is a PDF: checked by its content (the {@code %PDF-} header, then a
 * full parse by PDFBox), never by its name or the type the browser claims; its text, and the title, author
 * and date its metadata gives.
 */
record PdfContent(String text, String title, String author, PublicationDate date) {

    /** Thrown for a file that is not a PDF PDFBox can read (or is encrypted), with a message for the uploader. */
    static final class NotAPdf extends Exception {
        NotAPdf(String message) {
            super(message);
        }
    }

    static PdfContent read(byte[] bytes) throws NotAPdf {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new NotAPdf("the file is not a PDF (it does not start as one)");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new NotAPdf("the PDF is encrypted; upload one that can be read");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String text =
                    new PDFTextStripper().getText(pdf).replace("\r\n", "\n").strip();
            return new PdfContent(
                    text, blankToNull(info.getTitle()), blankToNull(info.getAuthor()), date(info.getCreationDate()));
        } catch (IOException e) {
            throw new NotAPdf("the PDF cannot be read: " + e.getMessage());
        }
    }

    private static PublicationDate date(Calendar created) {
        return created == null
                ? null
                : PublicationDate.of(created.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
