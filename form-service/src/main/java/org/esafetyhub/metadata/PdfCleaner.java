package org.esafetyhub.metadata;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PDF: a new document is built from the pages alone (PDFBox), so nothing of the old document's catalog
 * comes along: no script run on opening, no document actions, no embedded files, no form, no outline, no
 * document information or XMP. Each page keeps only what draws it (its content, resources, boxes and
 * rotation) and its markup notes without their actions; links keep only a web address; form fields and
 * other annotations go. Everything the new pages reach is then walked, and every script, action, embedded
 * file and XMP packet found there is taken out too; the saved copy is read again and refused if any is still
 * there. Rebuilding keeps the text selectable and the file small, which rendering the pages to pictures
 * would not; a protected (encrypted) PDF, or one nested too deeply to read safely, is not cleaned at all.
 */
final class PdfCleaner {

    /** Keys that make a PDF do something: run a script, act by itself, start a program, carry a file or a form. */
    private static final Set<String> ACTIVE = Set.of("JS", "JavaScript", "OpenAction", "AA", "Launch", "EmbeddedFile",
            "EmbeddedFiles", "EF", "AcroForm", "XFA", "RichMedia", "RichMediaContent", "SubmitForm", "ImportData", "GoToR",
            "GoToE", "Sound", "Movie");
    /** Private data programs leave, and XMP (author, editing history): taken out wherever they are. */
    private static final Set<String> PRIVATE = Set.of("Metadata", "PieceInfo");
    private static final Set<String> PAGE_KEYS = Set.of("Type", "Resources", "MediaBox", "CropBox", "BleedBox", "TrimBox",
            "ArtBox", "Rotate", "Contents", "UserUnit", "Group");
    private static final Set<String> NOTES = Set.of("Text", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine",
            "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Link");
    /** More objects than any real evidence file has: past it the walk stops and the file is refused. */
    private static final int MAX_OBJECTS = 2_000_000;

    private PdfCleaner() {
    }

    static Cleaning clean(byte[] original) throws IOException {
        if (PdfDepth.tooDeep(original)) {
            throw new IOException("nested more than " + PdfDepth.MAX + " deep");
        }
        try (var document = Loader.loadPDF(original); var rebuilt = new PDDocument()) {
            if (document.isEncrypted()) {
                return Cleaning.refused("it is a protected PDF");
            }
            var removed = new LinkedHashSet<>(details(document));
            removed.addAll(active(document));
            for (var page : document.getPages()) {
                rebuilt.addPage(new PDPage(pageOnly(page)));
            }
            strip(rebuilt.getDocumentCatalog().getPages().getCOSObject());
            var out = new ByteArrayOutputStream(original.length);
            // uncompressed, so that what it holds can be read by anyone who checks it
            rebuilt.save(out, CompressParameters.NO_COMPRESSION);
            var cleaned = out.toByteArray();
            try (var check = Loader.loadPDF(cleaned)) {
                if (!details(check).isEmpty() || !active(check).isEmpty()) {
                    return Cleaning.refused("some hidden details or active content could not be removed");
                }
            }
            return Cleaning.of(cleaned, new ArrayList<>(removed));
        }
    }

    /** A new page dictionary with what draws the page (inherited values made its own) and its notes without actions. */
    private static COSDictionary pageOnly(PDPage page) {
        var source = page.getCOSObject();
        var kept = new COSDictionary();
        for (var key : source.keySet()) {
            if (PAGE_KEYS.contains(key.getName())) {
                kept.setItem(key, source.getItem(key));
            }
        }
        if (page.getResources() != null) {
            kept.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
        }
        kept.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSObject());
        kept.setItem(COSName.CROP_BOX, page.getCropBox().getCOSObject());
        kept.setInt(COSName.ROTATE, page.getRotation());
        var notes = new COSArray();
        if (source.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
            for (int i = 0; i < annotations.size(); i++) {
                if (annotations.getObject(i) instanceof COSDictionary annotation
                        && NOTES.contains(annotation.getNameAsString(COSName.SUBTYPE))) {
                    notes.add(noteOnly(annotation));
                }
            }
        }
        if (notes.size() > 0) {
            kept.setItem(COSName.ANNOTS, notes);
        }
        return kept;
    }

    private static COSDictionary noteOnly(COSDictionary annotation) {
        var note = new COSDictionary();
        for (var key : annotation.keySet()) {
            var name = key.getName();
            if (!Set.of("A", "AA", "P", "Parent", "Popup", "IRT").contains(name)) {
                note.setItem(key, annotation.getItem(key));
            }
        }
        if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action
                && "URI".equals(action.getNameAsString(COSName.S)) && action.getDictionaryObject(COSName.URI) != null) {
            var link = new COSDictionary();
            link.setItem(COSName.S, COSName.getPDFName("URI"));
            link.setItem(COSName.URI, action.getDictionaryObject(COSName.URI));
            note.setItem(COSName.A, link);
        }
        return note;
    }

    /** Takes every active or private key out of everything {@code root} reaches (without recursion: deep files cannot overflow the stack). */
    private static void strip(COSBase root) throws IOException {
        walk(root, dictionary -> {
            for (var key : new ArrayList<>(dictionary.keySet())) {
                if (ACTIVE.contains(key.getName()) || PRIVATE.contains(key.getName())) {
                    dictionary.removeItem(key);
                } else if (key.getName().equals("S") && dictionary.getDictionaryObject(key) instanceof COSName action
                        && ACTIVE.contains(action.getName())) {
                    dictionary.removeItem(key);
                }
            }
        });
    }

    /** What the document could do, in plain words, from everything its trailer reaches. */
    private static List<String> active(PDDocument document) throws IOException {
        var found = new LinkedHashSet<String>();
        walk(document.getDocument().getTrailer(), dictionary -> {
            for (var key : dictionary.keySet()) {
                switch (key.getName()) {
                    case "JS", "JavaScript" -> found.add("scripts (JavaScript)");
                    case "OpenAction", "AA" -> found.add("actions that run by themselves");
                    case "EmbeddedFile", "EmbeddedFiles", "EF" -> found.add("embedded files");
                    case "AcroForm", "XFA" -> found.add("form fields");
                    case "RichMedia", "RichMediaContent", "Sound", "Movie" -> found.add("sound and video");
                    case "S" -> {
                        if (dictionary.getDictionaryObject(key) instanceof COSName action) {
                            switch (action.getName()) {
                                case "Launch" -> found.add("commands that start programs");
                                case "SubmitForm", "ImportData", "GoToR", "GoToE" -> found.add("links to other files and forms");
                                case "JavaScript" -> found.add("scripts (JavaScript)");
                                default -> { }
                            }
                        }
                    }
                    default -> { }
                }
            }
        });
        return new ArrayList<>(found);
    }

    private interface Visitor {
        void visit(COSDictionary dictionary);
    }

    private static void walk(COSBase root, Visitor visitor) throws IOException {
        var seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<COSBase, Boolean>());
        var todo = new java.util.ArrayDeque<COSBase>();
        todo.push(root);
        while (!todo.isEmpty()) {
            var next = todo.pop();
            var value = next instanceof org.apache.pdfbox.cos.COSObject reference ? reference.getObject() : next;
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new IOException("more than " + MAX_OBJECTS + " objects");
            }
            if (value instanceof COSDictionary dictionary) {
                visitor.visit(dictionary);
                dictionary.getValues().forEach(todo::push);
            } else if (value instanceof COSArray array) {
                array.forEach(todo::push);
            }
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
