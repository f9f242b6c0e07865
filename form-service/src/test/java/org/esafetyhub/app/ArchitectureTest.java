package org.esafetyhub.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house's shape, checked on the compiled code (and, for HTML, on the source): features depend on each other
 * one way only, routes reach the database through their feature's classes, only the composition root (this package)
 * makes another feature's routes, each from at most five things, and markup lives in templates.
 */
class ArchitectureTest {

    private static final String ROOT = "org.esafetyhub";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void no_two_packages_depend_on_each_other_even_through_others() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void routes_classes_reach_the_database_only_through_their_features_stores() {
        noClasses().that().haveSimpleNameEndingWith("Routes")
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .because("SQL belongs in stores, reached through the feature's own classes that App constructs")
                .check(main);
    }

    @Test
    void only_the_composition_root_or_the_feature_itself_constructs_a_routes_class() {
        classes().that().haveSimpleNameEndingWith("Routes").should(beConstructedOnlyByTheirPackageOrApp()).check(main);
    }

    @Test
    void a_routes_class_is_made_from_at_most_five_things() {
        constructors().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Routes").should(new ArchCondition<>(
                "take at most 5 arguments: what belongs together is the feature's own object, made in App") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                if (constructor.getRawParameterTypes().size() > 5) {
                    events.add(SimpleConditionEvent.violated(constructor, constructor.getFullName() + " takes "
                            + constructor.getRawParameterTypes().size()));
                }
            }
        }).check(main);
    }

    private static ArchCondition<JavaClass> beConstructedOnlyByTheirPackageOrApp() {
        return new ArchCondition<>("be constructed only in their own package or in " + ROOT + ".app") {
            @Override
            public void check(JavaClass routes, ConditionEvents events) {
                routes.getConstructorCallsToSelf().forEach(call -> {
                    var caller = call.getOriginOwner().getPackageName();
                    if (!caller.equals(routes.getPackageName()) && !caller.equals(ROOT + ".app")) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                });
            }
        };
    }

    /** An HTML or SVG element opened or closed inside a Java string; {@code (?<name>} is a regular expression's group. */
    private static final Pattern TAG = Pattern.compile("(?<![?\\w])</?(a|abbr|article|aside|b|body|br|button|caption|circle|code|details"
            + "|dialog|div|dl|dd|dt|em|fieldset|footer|form|g|h[1-6]|head|header|hr|html|i|img|input|label|legend|li|line|link|main|meta"
            + "|nav|ol|option|p|path|polygon|polyline|pre|rect|script|section|select|small|span|strong|style|summary|svg|table|tbody|td"
            + "|text|textarea|tfoot|th|thead|title|tr|u|ul)[\\s>/]");
    /** A string literal or a text block. */
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    /**
     * Java files allowed markup in a string, each with why. HelpLinks rewrites the {@code <a href="help:…">} that
     * Markdown made of a {@code help:} link into the service's real address: it edits the page's markup, it does not write a page.
     */
    private static final Set<String> MARKUP_ALLOWED = Set.of("org/esafetyhub/help/HelpLinks.java");

    @Test
    void no_java_string_holds_markup_pages_are_written_in_templates() throws IOException {
        var sources = Path.of(System.getProperty("hub.root", "..")).resolve("form-service/src/main/java");
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var name = sources.relativize(file).toString().replace('\\', '/');
                if (!MARKUP_ALLOWED.contains(name)) {
                    found.addAll(markupIn(name, Files.readString(file)));
                }
            }
        }
        assertThat(found).as("HTML belongs in templates/ (Freemarker)").isEmpty();
    }

    static List<String> markupIn(String name, String java) {
        var found = new ArrayList<String>();
        var strings = STRING.matcher(java);
        while (strings.find()) {
            var text = strings.group(1) != null ? strings.group(1) : strings.group(2);
            var tag = TAG.matcher(text);
            if (tag.find()) {
                found.add(name + ": " + tag.group());
            }
        }
        return found;
    }

    @Test
    void markup_in_a_string_is_found_and_a_generic_type_or_a_named_group_is_not() {
        assertThat(markupIn("A.java", "var x = \"<p class=\\\"x\\\">Hello</p>\";")).hasSize(1);
        assertThat(markupIn("A.java", "var x = \"\"\"\n    <svg viewBox=\"0 0 1 1\">\n\"\"\";")).hasSize(1);
        assertThat(markupIn("A.java", "List<String> x = \"(?<code>[A-Z]+)\" + \"IN (<slugs>)\";")).isEmpty();
    }
}
