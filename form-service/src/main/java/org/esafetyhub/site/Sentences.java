package org.esafetyhub.site;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences a reader reads on a page, as lists of words. A block (paragraph, list item, heading,
 * table cell, legend, label, option, button…) ends a sentence even without a full stop; inside a block,
 * a sentence ends with . ! ? or … — but not at a decimal point (no space follows it), after e.g. or i.e.,
 * or at an ellipsis the sentence goes on after (a small letter follows it). Words another author wrote, quoted
 * word for word and marked data-reading="quoted", are not the site's to simplify and are left out.
 */
final class Sentences {

    /** Elements that run on inside a sentence; every other element starts and ends a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del",
            "dfn", "em", "i", "img", "input", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr");
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template");
    /**
     * data-reading="quoted" marks words the site quotes but did not write, such as the trust's policy: they are not
     * counted, except the parts inside marked data-reading="ours" (a note the site adds beside a clause).
     */
    private static final String READING = "data-reading";
    private static final String QUOTED = "quoted";
    private static final String OURS = "ours";
    private static final Pattern SPACES_OR_DASHES = Pattern.compile("[\\s\u2014]+");
    private static final String CLOSING_MARKS = "\"'\u201D\u2019)]*_";
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "eg.", "ie.", "etc.", "mr.", "mrs.", "ms.",
            "dr.", "st.", "vs.", "no.", "approx.");

    /** @param text as written, @param words its tokens holding a letter or a digit, without the punctuation around them */
    record Sentence(String text, List<String> words) {
    }

    private Sentences() {
    }

    static List<Sentence> in(Element element) {
        var blocks = new ArrayList<String>();
        var block = new StringBuilder();
        collect(element, block, blocks);
        blocks.add(block.toString());
        var sentences = new ArrayList<Sentence>();
        blocks.forEach(text -> sentences.addAll(of(text)));
        return sentences;
    }

    private static void collect(Node node, StringBuilder block, List<String> blocks) {
        if (node instanceof TextNode text) {
            block.append(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (notRead(element)) {
            block.append(' ');
            return;
        }
        if (element.attr(READING).equals(QUOTED)) {
            blocks.add(block.toString());
            block.setLength(0);
            for (var ours : outermost(element.select("[" + READING + "=" + OURS + "]"))) {
                collect(ours, block, blocks);
                blocks.add(block.toString());
                block.setLength(0);
            }
            return;
        }
        boolean inline = INLINE.contains(element.normalName());
        if (!inline) {
            blocks.add(block.toString());
            block.setLength(0);
        }
        for (var child : element.childNodes()) {
            collect(child, block, blocks);
        }
        if (inline) {
            if (element.normalName().equals("br")) {
                block.append(' ');
            }
        } else {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }

    /** The elements of a list that no other element of it holds. */
    private static List<Element> outermost(List<Element> elements) {
        return elements.stream().filter(element -> element.parents().stream().noneMatch(elements::contains)).toList();
    }

    /**
     * What a reader does not read as the page's prose: scripts, what is hidden, the breadcrumbs, and the
     * "Last reviewed" line (or the review dates among a page's facts).
     */
    private static boolean notRead(Element element) {
        var name = element.normalName();
        if (NOT_TEXT.contains(name) || element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || element.hasClass("reviewed") || name.equals("nav") && element.hasClass("breadcrumbs")) {
            return true;
        }
        var parent = element.parent();
        return name.equals("div") && parent != null && parent.normalName().equals("dl") && parent.hasClass("facts")
                && element.selectFirst("time") != null;
    }

    /** The sentences of one block of text. */
    static List<Sentence> of(String block) {
        var sentences = new ArrayList<Sentence>();
        var text = new ArrayList<String>();
        var words = new ArrayList<String>();
        var tokens = SPACES_OR_DASHES.split(block.strip());
        for (int i = 0; i < tokens.length; i++) {
            var token = tokens[i];
            var word = trimmed(token);
            if (!token.isEmpty()) {
                text.add(token);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
            if (i + 1 == tokens.length || endsSentence(token, tokens[i + 1])) {
                if (!words.isEmpty()) {
                    sentences.add(new Sentence(String.join(" ", text), List.copyOf(words)));
                }
                text.clear();
                words.clear();
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String token, String next) {
        var end = withoutClosingMarks(token);
        if (end.endsWith("...") || end.endsWith("\u2026")) {
            var after = fromFirstLetter(next);
            return !after.isEmpty() && !Character.isLowerCase(after.codePointAt(0));
        }
        if (end.endsWith("!") || end.endsWith("?")) {
            return true;
        }
        if (end.endsWith(".")) {
            var word = fromFirstLetter(end).toLowerCase(Locale.ROOT);
            return !ABBREVIATIONS.contains(word);
        }
        return false;
    }

    /** The token without the punctuation around it: "(Stop." gives Stop. */
    private static String trimmed(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static String fromFirstLetter(String token) {
        int start = 0;
        while (start < token.length() && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        return token.substring(start);
    }

    private static String withoutClosingMarks(String token) {
        int end = token.length();
        while (end > 0 && CLOSING_MARKS.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }
}
