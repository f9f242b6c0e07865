package org.esafetyhub.trust;

import org.esafetyhub.data.DataFile;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.limits.IpAddresses;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks the trust file. Both the bake and the service load it through here, so the
 * academies a reporter can choose are exactly those the service routes to.
 */
public final class TrustFile {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TrustFile() {
    }

    public static Trust load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidTrustFileException(file + ": trust file not found (give its path with --config)");
        }
        Trust trust;
        try {
            trust = DataFile.read(file, file.toString(), Trust.class);
        } catch (DataFile.Invalid e) {
            throw new InvalidTrustFileException(e.getMessage());
        }
        var problems = problems(trust);
        if (!problems.isEmpty()) {
            throw new InvalidTrustFileException(file + ": " + String.join("; ", problems));
        }
        return trust;
    }

    /** The trust as plain maps and lists, the shape templates read. */
    public static Map<String, Object> asTemplateModel(Trust trust) {
        return DataFile.asTemplateModel(trust);
    }

    static List<String> problems(Trust trust) {
        var problems = new ArrayList<String>();
        if (trust == null) {
            problems.add("the file is empty");
            return problems;
        }
        require(problems, trust.name(), "name");
        require(problems, trust.siteUrl(), "siteUrl");
        require(problems, trust.quickExitUrl(), "quickExitUrl");
        if (trust.quickExitUrl() != null && !trust.quickExitUrl().startsWith("https://")) {
            problems.add("quickExitUrl must be an https:// address of a neutral website");
        }
        contact(problems, trust.esafetyOfficer(), "esafetyOfficer");
        if (trust.smtp() != null) {
            require(problems, trust.smtp().host(), "smtp.host");
            if (trust.smtp().port() <= 0 || trust.smtp().port() > 65535) {
                problems.add("smtp.port must be a port number, such as 587");
            }
            if (trust.smtp().from() == null || !EMAIL.matcher(trust.smtp().from()).matches()) {
                problems.add("smtp.from must be the e-mail address notifications come from");
            }
        }
        service(problems, trust.service());
        retention(problems, trust.retention());
        training(problems, trust.training());
        if (trust.academies() == null || trust.academies().isEmpty()) {
            problems.add("academies: at least one academy is needed");
            return problems;
        }
        var slugs = new HashSet<String>();
        for (int i = 0; i < trust.academies().size(); i++) {
            var academy = trust.academies().get(i);
            var at = "academies[" + i + "]";
            if (academy.slug() == null || !SLUG.matcher(academy.slug()).matches()) {
                problems.add(at + ".slug must be lower-case letters, digits and hyphens, e.g. riverside-primary");
            } else if (!slugs.add(academy.slug())) {
                problems.add(at + ".slug '" + academy.slug() + "' is used twice");
            }
            require(problems, academy.name(), at + ".name");
            require(problems, academy.principal(), at + ".principal");
            require(problems, academy.phone(), at + ".phone");
            contact(problems, academy.dsl(), at + ".dsl");
            contact(problems, academy.esafetyOfficer(), at + ".esafetyOfficer");
        }
        return problems;
    }

    private static void service(List<String> problems, Service service) {
        for (int i = 0; i < service.trustedProxies().size(); i++) {
            if (IpAddresses.parse(service.trustedProxies().get(i)).isEmpty()) {
                problems.add("service.trustedProxies[" + i + "] must be an IP address, such as 127.0.0.1");
            }
        }
        if (service.reportsPerClient() < 1) {
            problems.add("service.reportsPerClient must be at least 1");
        }
        if (service.followUpsPerClient() < 1) {
            problems.add("service.followUpsPerClient must be at least 1");
        }
        if (service.database() != null) {
            try {
                DatabaseAddress.parse(service.database());
            } catch (IllegalArgumentException e) {
                problems.add("service.database: " + e.getMessage());
            }
        }
    }

    private static void retention(List<String> problems, Retention retention) {
        if (!Retention.valid(retention.quizAttempts())) {
            problems.add("retention.quizAttempts must be a period such as P2Y (two years) or P18M (18 months)");
        }
        if (!Retention.valid(retention.agreementSignatures())) {
            problems.add("retention.agreementSignatures must be a period such as P2Y (two years)");
        }
        if (retention.closedCases() != null && !Retention.valid(retention.closedCases())) {
            problems.add("retention.closedCases must be a period such as P6Y (six years)");
        }
    }

    private static void training(List<String> problems, TrainingRules training) {
        if (training.passMark() < 1 || training.passMark() > 100) {
            problems.add("training.passMark must be a percentage from 1 to 100, such as 80");
        }
        if (!Retention.valid(training.refresher())) {
            problems.add("training.refresher must be a period such as P12M (12 months) or P1Y");
        }
    }

    private static void contact(List<String> problems, Contact contact, String at) {
        if (contact == null) {
            problems.add(at + " is missing (name and email)");
            return;
        }
        require(problems, contact.name(), at + ".name");
        if (contact.email() == null || !EMAIL.matcher(contact.email()).matches()) {
            problems.add(at + ".email must be an e-mail address");
        }
    }

    private static void require(List<String> problems, String value, String at) {
        if (value == null || value.isBlank()) {
            problems.add(at + " is missing");
        }
    }
}
