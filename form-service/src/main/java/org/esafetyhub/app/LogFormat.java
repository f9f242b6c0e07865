package org.esafetyhub.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How log events are written: JSON objects a line for a server's journal, plain lines for a person at a terminal.
 * {@code --log-format json|plain} or {@code ESAFETY_LOG_FORMAT} decide; otherwise {@code serve} without a terminal
 * (systemd, a container, a test) writes JSON and everything else writes plain lines. Chosen before the first
 * logger exists, because logback.xml reads it once, as the system property {@value #PROPERTY}.
 */
final class LogFormat {

    static final String PROPERTY = "esafety.log.format";
    static final String OPTION = "--log-format";

    private LogFormat() {
    }

    static String choose(List<String> args, Map<String, String> environment, boolean terminal) {
        var chosen = option(args).or(() -> Optional.ofNullable(environment.get("ESAFETY_LOG_FORMAT")))
                .map(String::strip).filter(f -> f.equals("json") || f.equals("plain"));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        boolean serving = args.stream().filter(a -> !a.startsWith("-")).findFirst().filter("serve"::equals).isPresent();
        return serving && !terminal ? "json" : "plain";
    }

    static void apply(String[] args) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, choose(List.of(args), System.getenv(), System.console() != null));
        }
        if (System.getProperty(PROPERTY).equals("plain")) {
            System.setProperty("esafety.log.pool", "WARN");
        }
    }

    private static Optional<String> option(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(OPTION) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(OPTION + "=")) {
                return Optional.of(args.get(i).substring(OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }
}
