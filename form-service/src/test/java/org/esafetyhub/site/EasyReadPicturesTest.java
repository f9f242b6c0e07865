package org.esafetyhub.site;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The easy read pictures: plain shapes in dark lines, every one used, none holding words or fetching anything. */
class EasyReadPicturesTest {

    private static final Path PICTURES = SiteFixture.PROJECT.resolve("assets/images/easy-read");
    private static final Pattern USED = Pattern.compile("/images/easy-read/([a-z0-9-]+\\.svg)");

    @Test
    void each_picture_is_an_svg_of_plain_shapes_with_dark_lines_and_no_text_or_outside_reference() throws Exception {
        try (var files = Files.list(PICTURES)) {
            var pictures = files.sorted().toList();
            assertThat(pictures).isNotEmpty().allSatisfy(file -> assertThat(file.toString()).endsWith(".svg"));
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            for (var file : pictures) {
                var svg = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
                assertThat(svg.getLocalName()).isEqualTo("svg");
                assertThat(svg.getAttribute("stroke")).as("%s draws in dark lines", file.getFileName()).isEqualTo("#1b1b1b");
                var shapes = new ArrayList<String>();
                var all = svg.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    var element = (Element) all.item(i);
                    shapes.add(element.getLocalName());
                    assertThat(element.hasAttribute("href") || element.hasAttribute("xlink:href")).as("%s refers outside", file.getFileName()).isFalse();
                }
                assertThat(shapes).as("%s", file.getFileName()).isNotEmpty()
                        .allSatisfy(shape -> assertThat(shape).isIn("path", "circle", "ellipse", "rect", "g"));
            }
        }
    }

    @Test
    void every_picture_is_used_by_the_easy_read_page_or_its_template_and_every_one_used_exists() throws Exception {
        var used = new ArrayList<String>();
        for (var source : new String[] {"content/pupils/easy-read.md", "templates/easyread.ftl"}) {
            USED.matcher(Files.readString(SiteFixture.PROJECT.resolve(source))).results().map(m -> m.group(1)).forEach(used::add);
        }
        try (var files = Files.list(PICTURES)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(used.stream().distinct().toList());
        }
    }
}
