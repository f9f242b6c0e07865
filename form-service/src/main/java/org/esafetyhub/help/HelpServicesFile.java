package org.esafetyhub.help;

import org.esafetyhub.data.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code data/help-services.yaml}. The bake reads it under the site's root; the build also packages
 * it into the jar ({@code /data/help-services.yaml}), from where the service reads it, like its templates.
 */
public final class HelpServicesFile {

    public static final String RESOURCE = "/data/help-services.yaml";
    static final String SHOWN_NAME = "data/help-services.yaml";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PHONE = Pattern.compile("\\d+( \\d+)*");

    private HelpServicesFile() {
    }

    public static HelpServices loadPackaged() {
        return checked(DataFile.readResource(RESOURCE, SHOWN_NAME, HelpServices.class));
    }

    /** The file under a site's root, as the bake reads it. */
    public static HelpServices load(Path root) {
        return checked(DataFile.read(root.resolve(SHOWN_NAME), SHOWN_NAME, HelpServices.class));
    }

    /** The file under a site's root, or the packaged copy for a site without one (a test's small site). */
    public static HelpServices forSite(Path root) {
        return Files.isRegularFile(root.resolve(SHOWN_NAME)) ? load(root) : loadPackaged();
    }

    private static HelpServices checked(HelpServices help) {
        var problems = problems(help);
        if (!problems.isEmpty()) {
            throw new DataFile.Invalid(SHOWN_NAME + ": " + String.join("; ", problems));
        }
        return help;
    }

    /**
     * Every service as templates read it, by id ({@code helpServices.byId.childline.phone}), with the number as it is
     * dialled ({@code dial}), the address as it is written out ({@code address}) and the day checked written out; and
     * by name ({@code byName.Childline}), as the lessons' "What to do" box and the easy-read page read them.
     */
    public static Map<String, Object> asTemplateModel(HelpServices help) {
        var byId = new LinkedHashMap<String, Object>();
        var byName = new LinkedHashMap<String, Object>();
        for (var service : help.services()) {
            byId.put(service.id(), model(service));
            byName.put(service.name(), model(service));
        }
        return Map.of("byId", byId, "byName", byName);
    }

    /** The report page's first step: its services in order, and the oldest day one of them was checked. */
    public static Map<String, Object> dangerStepModel(HelpServices help) {
        var services = help.dangerStep().stream().map(id -> help.service(id).orElseThrow()).toList();
        var checked = services.stream().map(HelpServices.Service::checked).min(Comparator.naturalOrder()).orElseThrow();
        return Map.of("checked", checked, "checkedShown", shown(checked),
                "services", services.stream().map(HelpServicesFile::model).toList());
    }

    private static Map<String, Object> model(HelpServices.Service service) {
        var model = new LinkedHashMap<>(DataFile.asTemplateModel(service));
        model.values().removeIf(java.util.Objects::isNull);
        if (service.phone() != null) {
            model.put("dial", HelpLinks.dialled(service.phone()));
        }
        if (service.url() != null) {
            model.put("address", HelpLinks.writtenOut(service.url()));
        }
        model.put("checkedShown", shown(service.checked()));
        return model;
    }

    private static String shown(String day) {
        return LocalDate.parse(day).format(SHOWN);
    }

    static List<String> problems(HelpServices help) {
        var problems = new ArrayList<String>();
        if (help.services() == null || help.services().isEmpty()) {
            problems.add("services: at least one is needed");
            return problems;
        }
        var ids = new HashSet<String>();
        for (int i = 0; i < help.services().size(); i++) {
            var service = help.services().get(i);
            var at = "services[" + i + "]" + (service.id() == null ? "" : " (" + service.id() + ")");
            if (service.id() == null || !ID.matcher(service.id()).matches()) {
                problems.add(at + " needs an id of lower-case letters, digits and hyphens");
            } else if (!ids.add(service.id())) {
                problems.add(at + ": the id is used twice");
            }
            if (blank(service.name())) {
                problems.add(at + " needs a name");
            }
            if (blank(service.phone()) && blank(service.url()) && blank(service.email())) {
                problems.add(at + " needs a phone number, a url or an email");
            }
            if (!blank(service.phone()) && !PHONE.matcher(service.phone()).matches()) {
                problems.add(at + ".phone must be digits, grouped by single spaces, as people write it (0800 1111)");
            }
            if (!blank(service.url()) && !service.url().startsWith("https://")) {
                problems.add(at + ".url must be an https:// address");
            }
            if (!blank(service.email()) && !service.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(at + ".email is not an e-mail address");
            }
            try {
                LocalDate.parse(String.valueOf(service.checked()));
            } catch (DateTimeParseException e) {
                problems.add(at + ".checked must be the day its number and addresses were last checked, as yyyy-MM-dd");
            }
        }
        if (help.dangerStep() == null || help.dangerStep().isEmpty()) {
            problems.add("dangerStep: name at least one service the report page shows first");
            return problems;
        }
        for (var id : help.dangerStep()) {
            var service = help.service(id);
            if (service.isEmpty()) {
                problems.add("dangerStep: no service has the id " + id);
            } else if (blank(service.get().when()) || blank(service.get().what())
                    || (!blank(service.get().url()) && blank(service.get().linkText()))) {
                problems.add("dangerStep: " + id + " needs when and what (and a linkText for its url), which the report page shows");
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
