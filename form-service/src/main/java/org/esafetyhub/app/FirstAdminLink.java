package org.esafetyhub.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The first administrator's link as {@code serve} prints it (issue 19, finding 7): with a {@code siteUrl} on this
 * machine (the example trust file's http://localhost:7070), on the port the service listens on, which
 * {@code serve --port} may have changed; a real siteUrl (the school's address, behind its proxy) as it is.
 */
final class FirstAdminLink {

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");

    private FirstAdminLink() {
    }

    static String onListeningPort(String link, int port) {
        var uri = URI.create(link);
        if (!THIS_MACHINE.contains(String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT))) {
            return link;
        }
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), port, uri.getPath(), uri.getQuery(), uri.getFragment())
                    .toString();
        } catch (URISyntaxException e) {
            return link;
        }
    }
}
