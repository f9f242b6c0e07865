package org.esafetyhub.guidance;

import org.esafetyhub.data.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and checks {@code data/guidance-sources.yaml} under a site's root, for the bake. */
public final class GuidanceSourcesFile {

    static final String SHOWN_NAME = "data/guidance-sources.yaml";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private GuidanceSourcesFile() {
    }

    public static GuidanceSources load(Path root) {
        var sources = DataFile.read(root.resolve(SHOWN_NAME), SHOWN_NAME, GuidanceSources.class);
        var problems = problems(sources);
        if (!problems.isEmpty()) {
            throw new DataFile.Invalid(SHOWN_NAME + ": " + String.join("; ", problems));
        }
        return sources;
    }

    /** The file under a site's root, or no sources for a site without one (a page that follows one then fails the bake). */
    public static GuidanceSources forSite(Path root) {
        return Files.isRegularFile(root.resolve(SHOWN_NAME)) ? load(root) : new GuidanceSources(List.of());
    }

    /** Every source as templates read it, by id ({@code guidanceSources.byId.kcsie.title}), with the day checked written out. */
    public static Map<String, Object> asTemplateModel(GuidanceSources sources) {
        var byId = new LinkedHashMap<String, Object>();
        for (var source : sources.sources()) {
            var model = new LinkedHashMap<>(DataFile.asTemplateModel(source));
            model.put("checkedShown", LocalDate.parse(source.checked()).format(SHOWN));
            byId.put(source.id(), model);
        }
        return Map.of("byId", byId);
    }

    static List<String> problems(GuidanceSources sources) {
        var problems = new ArrayList<String>();
        if (sources.sources() == null || sources.sources().isEmpty()) {
            problems.add("sources: at least one is needed");
            return problems;
        }
        var ids = new HashSet<String>();
        for (int i = 0; i < sources.sources().size(); i++) {
            var source = sources.sources().get(i);
            var at = "sources[" + i + "]" + (source.id() == null ? "" : " (" + source.id() + ")");
            if (source.id() == null || !ID.matcher(source.id()).matches()) {
                problems.add(at + " needs an id of lower-case letters, digits and hyphens");
            } else if (!ids.add(source.id())) {
                problems.add(at + ": the id is used twice");
            }
            if (blank(source.title()) || blank(source.publisher()) || blank(source.edition())) {
                problems.add(at + " needs a title, a publisher and an edition");
            }
            if (blank(source.url()) || !source.url().startsWith("https://")) {
                problems.add(at + ".url must be an https:// address");
            }
            try {
                LocalDate.parse(String.valueOf(source.checked()));
            } catch (DateTimeParseException e) {
                problems.add(at + ".checked must be the day its edition was last checked, as yyyy-MM-dd");
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
