package org.esafetyhub.staff;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff updates' Atom feed as the bake wrote it and the service serves it, read back with the JDK's XML
 * parser and held to RFC 4287's rules; and the staff home listing the same updates.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class StaffUpdatesIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static HttpResponse<byte[]> get(Stack stack, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Element feed(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String only(Element parent, String name) {
        var found = children(parent, name);
        assertThat(found).as("exactly one atom:%s in atom:%s", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent().strip();
    }

    /** RFC 3339 date-time, as Atom requires: a full date, a time and an offset. */
    private static OffsetDateTime rfc3339(String value) {
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void assertAbsolute(String address) {
        assertThat(URI.create(address).isAbsolute()).as("%s is an absolute address", address).isTrue();
    }

    @Test
    void the_staff_updates_feed_is_atom_that_keeps_the_rules_of_rfc_4287(Stack stack) throws Exception {
        var response = get(stack, "/staff-updates/feed.xml");
        var feed = feed(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("xml"));
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertAbsolute(only(feed, "id"));
        assertThat(only(feed, "title")).isEqualTo(stack.trust().name() + ": staff updates");
        var feedUpdated = rfc3339(only(feed, "updated"));
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(feed, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).isEqualTo(stack.trust().siteUrl() + "/staff-updates/feed.xml");
        });
        var entries = children(feed, "entry");
        assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
        var ids = new HashSet<String>();
        OffsetDateTime previous = null;
        for (var entry : entries) {
            var id = only(entry, "id");
            assertAbsolute(id);
            assertThat(ids.add(id)).as("entry id %s is unique", id).isTrue();
            assertThat(only(entry, "title")).isNotBlank();
            assertThat(only(entry, "summary")).isNotBlank();
            var updated = rfc3339(only(entry, "updated"));
            assertThat(updated).isBeforeOrEqualTo(feedUpdated);
            if (previous != null) {
                assertThat(updated).as("newest first").isBeforeOrEqualTo(previous);
            }
            previous = updated;
            var alternate = children(entry, "link").stream().filter(link -> "alternate".equals(link.getAttribute("rel"))).toList();
            assertThat(alternate).hasSize(1);
            var href = alternate.get(0).getAttribute("href");
            assertAbsolute(href);
            assertThat(get(stack, URI.create(href).getPath()).statusCode()).as("%s is a page of the site", href).isEqualTo(200);
        }
    }

    @Test
    void the_staff_home_lists_the_updates_of_the_feed_newest_first(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, "riverside-primary");
        var entries = children(feed(get(stack, "/staff-updates/feed.xml").body()), "entry");

        var listed = Jsoup.parse(teacher.get("/staff/").body()).select("[aria-labelledby=staff-updates] .page-list__link");

        assertThat(listed.eachText()).containsExactlyElementsOf(entries.stream().limit(5).map(entry -> only(entry, "title")).toList());
        assertThat(listed.eachAttr("href")).containsExactlyElementsOf(entries.stream().limit(5)
                .map(entry -> URI.create(only(entry, "id")).getPath()).toList());
    }
}
