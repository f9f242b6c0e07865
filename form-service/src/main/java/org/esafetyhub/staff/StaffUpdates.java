package org.esafetyhub.staff;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff updates as the staff home lists them, read from the Atom feed the bake wrote into the site
 * ({@code staff-updates/feed.xml}) on every request: a re-bake shows at once, and there is one list, the feed's.
 */
public final class StaffUpdates {

    static final String FEED = "staff-updates/feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int SHOWN = 5;

    /** @param path the update's address on this site, such as {@code /staff-updates/group-chats/}; day is yyyy-MM-dd */
    public record Update(String title, String path, String day, String summary) {
    }

    private final Path feed;

    public StaffUpdates(Path site) {
        this.feed = site.resolve(FEED);
    }

    /** The newest updates, newest first; none when the site has no feed. */
    List<Update> latest() {
        if (!Files.isRegularFile(feed)) {
            return List.of();
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var entries = factory.newDocumentBuilder().parse(feed.toFile()).getElementsByTagNameNS(ATOM, "entry");
            var updates = new ArrayList<Update>();
            for (int i = 0; i < entries.getLength() && updates.size() < SHOWN; i++) {
                var entry = (Element) entries.item(i);
                var link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
                updates.add(new Update(text(entry, "title"), URI.create(link.getAttribute("href")).getPath(),
                        text(entry, "updated").substring(0, 10), text(entry, "summary")));
            }
            return updates;
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
            throw new IllegalStateException(feed + " cannot be read as the staff updates' Atom feed", e);
        }
    }

    private static String text(Element entry, String name) {
        return entry.getElementsByTagNameNS(ATOM, name).item(0).getTextContent().strip();
    }
}
