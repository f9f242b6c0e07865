package org.esafetyhub.metadata;

/**
 * How deeply a PDF's arrays and dictionaries nest, read from its bytes before PDFBox parses it: PDFBox gives up
 * past 500 levels, logging a stack trace of as many frames, and drops what it could not read. No real document
 * nests near {@link #MAX}. Stream data (which may hold any bytes) and strings are skipped.
 */
final class PdfDepth {

    static final int MAX = 100;

    private PdfDepth() {
    }

    static boolean tooDeep(byte[] pdf) {
        int depth = 0;
        int i = 0;
        while (i < pdf.length) {
            int c = pdf[i] & 0xFF;
            if (c == '(') {
                i = afterString(pdf, i);
                continue;
            }
            if (c == '%') {
                while (i < pdf.length && pdf[i] != '\n' && pdf[i] != '\r') {
                    i++;
                }
                continue;
            }
            if (c == '[' || (c == '<' && i + 1 < pdf.length && pdf[i + 1] == '<')) {
                if (++depth > MAX) {
                    return true;
                }
                i += c == '[' ? 1 : 2;
                continue;
            }
            if (c == ']' || (c == '>' && i + 1 < pdf.length && pdf[i + 1] == '>')) {
                depth = Math.max(0, depth - 1);
                i += c == ']' ? 1 : 2;
                continue;
            }
            if (c == 's' && matches(pdf, i, "stream") && (i == 0 || pdf[i - 1] != 'd')) {
                i = afterStream(pdf, i + 6);
                continue;
            }
            i++;
        }
        return false;
    }

    private static int afterString(byte[] pdf, int i) {
        int open = 0;
        while (i < pdf.length) {
            int c = pdf[i];
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '(') {
                open++;
            } else if (c == ')' && --open == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int afterStream(byte[] pdf, int i) {
        while (i < pdf.length && !matches(pdf, i, "endstream")) {
            i++;
        }
        return i + 9;
    }

    private static boolean matches(byte[] pdf, int at, String word) {
        if (at + word.length() > pdf.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (pdf[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
