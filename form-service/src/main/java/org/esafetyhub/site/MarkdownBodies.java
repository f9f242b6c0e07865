package org.esafetyhub.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JBake's Markdown engine, with flexmark's parser and renderer built once per set of extensions
 * instead of once per file: JBake 2.7.0 builds them for every file, which was most of the time of
 * crawling a site of many pages. The extensions are read from {@code markdown.extensions} as JBake
 * reads them (a name adds one, {@code -NAME} takes one away).
 */
final class MarkdownBodies extends MarkdownEngine {

    private record Flexmark(Parser parser, HtmlRenderer renderer) {
    }

    private final Map<List<String>, Flexmark> byExtensions = new HashMap<>();

    @Override
    public void processBody(ParserContext context) {
        var flexmark = byExtensions.computeIfAbsent(List.copyOf(context.getConfig().getMarkdownExtensions()), MarkdownBodies::build);
        context.setBody(flexmark.renderer().render(flexmark.parser().parse(context.getBody())));
    }

    private static Flexmark build(List<String> names) {
        int extensions = PegdownExtensions.NONE;
        for (var name : names) {
            if (name.startsWith("-")) {
                extensions &= ~flag(name.substring(1));
            } else {
                extensions |= flag(name.startsWith("+") ? name.substring(1) : name);
            }
        }
        var options = PegdownOptionsAdapter.flexmarkOptions(extensions);
        return new Flexmark(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    private static int flag(String name) {
        try {
            return PegdownExtensions.class.getDeclaredField(name).getInt(null);
        } catch (ReflectiveOperationException e) {
            return PegdownExtensions.NONE;
        }
    }
}
