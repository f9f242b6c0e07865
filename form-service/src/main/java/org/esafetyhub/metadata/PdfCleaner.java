package org.esafetyhub.metadata;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * PDF: PDFBox reads the document and writes it again whole (so earlier saved versions go too)
 * without its document information (author, title, programs, dates) and its XMP metadata, the
 * document's and each page's. Pictures inside the PDF keep whatever they hold; a protected
 * (encrypted) PDF is not cleaned at all.
 */
final class PdfCleaner {

    private PdfCleaner() {
    }

    static Cleaning clean(byte[] original) throws IOException {
        try (var document = Loader.loadPDF(original)) {
            if (document.isEncrypted()) {
                return Cleaning.refused("it is a protected PDF");
            }
            var removed = details(document);
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            document.getPages().forEach(page -> page.setMetadata(null));
            var out = new ByteArrayOutputStream(original.length);
            document.save(out);
            var cleaned = out.toByteArray();
            try (var check = Loader.loadPDF(cleaned)) {
                if (!details(check).isEmpty()) {
                    return Cleaning.refused("some hidden details could not be removed");
                }
            }
            return Cleaning.of(cleaned, removed);
        }
    }

    private static List<String> details(PDDocument document) {
        var found = new LinkedHashSet<String>();
        var info = document.getDocumentInformation();
        if (info.getAuthor() != null) {
            found.add("author");
        }
        if (info.getTitle() != null || info.getSubject() != null || info.getKeywords() != null) {
            found.add("title, subject and keywords");
        }
        if (info.getCreator() != null || info.getProducer() != null) {
            found.add("program used");
        }
        if (info.getCreationDate() != null || info.getModificationDate() != null) {
            found.add("dates made and changed");
        }
        if (!info.getMetadataKeys().isEmpty() && found.isEmpty()) {
            found.add("other document details");
        }
        boolean pageXmp = false;
        for (var page : document.getPages()) {
            pageXmp |= page.getMetadata() != null;
        }
        if (document.getDocumentCatalog().getMetadata() != null || pageXmp) {
            found.add("XMP details (such as author and editing history)");
        }
        return new ArrayList<>(found);
    }
}
