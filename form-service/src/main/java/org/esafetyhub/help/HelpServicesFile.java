package org.esafetyhub.help;

import org.esafetyhub.data.DataFile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and checks {@code data/help-services.yaml}. The build packages the file into the jar
 * ({@code /data/help-services.yaml}), from where the service reads it, like its templates.
 */
public final class HelpServicesFile {

    public static final String RESOURCE = "/data/help-services.yaml";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HelpServicesFile() {
    }

    public static HelpServices loadPackaged() {
        var services = DataFile.readResource(RESOURCE, "data/help-services.yaml", HelpServices.class);
        var problems = problems(services);
        if (!problems.isEmpty()) {
            throw new DataFile.Invalid("data/help-services.yaml: " + String.join("; ", problems));
        }
        return services;
    }

    /**
     * The services as templates read them, with the day checked also written out ("27 November 2026"),
     * and by name ({@code byName.Childline}) for a page that names one service.
     */
    public static Map<String, Object> asTemplateModel(HelpServices services) {
        var byName = new LinkedHashMap<String, Object>();
        services.services().forEach(service -> byName.put(service.name(), DataFile.asTemplateModel(service)));
        return Map.of("checked", services.checked(), "checkedShown", LocalDate.parse(services.checked()).format(SHOWN),
                "services", services.services().stream().map(DataFile::asTemplateModel).toList(), "byName", byName);
    }

    static List<String> problems(HelpServices help) {
        var problems = new ArrayList<String>();
        try {
            LocalDate.parse(String.valueOf(help.checked()));
        } catch (DateTimeParseException e) {
            problems.add("checked must be the day the services were last checked, as yyyy-MM-dd");
        }
        if (help.services() == null || help.services().isEmpty()) {
            problems.add("services: at least one is needed");
            return problems;
        }
        for (int i = 0; i < help.services().size(); i++) {
            var service = help.services().get(i);
            var at = "services[" + i + "]";
            if (blank(service.name()) || blank(service.when()) || blank(service.what())) {
                problems.add(at + " needs a name, when and what");
            }
            if (blank(service.phone()) && blank(service.url())) {
                problems.add(at + " needs a phone number or a url");
            }
            if (!blank(service.url()) && (!service.url().startsWith("https://") || blank(service.linkText()))) {
                problems.add(at + ".url must be an https:// address, with a linkText");
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
