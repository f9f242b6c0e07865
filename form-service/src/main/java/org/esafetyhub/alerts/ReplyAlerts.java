package org.esafetyhub.alerts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.esafetyhub.mail.OutboxStore;
import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opt-in reply alerts: the address a reporter leaves, kept only encrypted; an e-mail with no case
 * content when staff write to them (at most one a report an hour); the address forgotten when the case
 * closes. Each change runs on the caller's handle, inside the transaction of what it goes with.
 */
public final class ReplyAlerts {

    /** The form and API field. */
    public static final String FIELD = "replyAlertEmail";
    static final int MAX_LENGTH = 254;
    static final Duration ONE_ALERT_PER = Duration.ofHours(1);
    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Jdbi jdbi;
    private final AddressCipher cipher;
    private final Trust trust;
    private final Clock clock;

    public ReplyAlerts(Jdbi jdbi, AlertKey key, Trust trust, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = key.cipher();
        this.trust = trust;
        this.clock = clock;
    }

    /** What is wrong with a typed address, for the field; empty when it is fine or left empty (the field is optional). */
    public static Optional<String> problem(String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        var message = Optional.of("Enter an e-mail address like name@example.com, or leave this empty");
        if (typed.length() > MAX_LENGTH || !PLAIN_ADDRESS.matcher(typed).matches()) {
            return message;
        }
        try {
            var parsed = new InternetAddress(typed, true);
            parsed.validate();
            return typed.equals(parsed.getAddress()) && parsed.getPersonal() == null ? Optional.empty() : message;
        } catch (AddressException e) {
            return message;
        }
    }

    /** Keeps a checked address for the new report, encrypted; nothing when none was given. */
    public void keep(Handle handle, String reportId, String address) {
        if (!address.isEmpty()) {
            var sealed = cipher.seal(address, reportId);
            handle.attach(ReplyAlertStore.class).insert(reportId, sealed.nonce(), sealed.ciphertext());
        }
    }

    /** Staff wrote to the reporter: queues an alert if they asked for one and none went in the last hour. */
    public void staffReplied(Handle handle, String reportId, String academySlug) {
        var now = clock.millis();
        if (handle.attach(ReplyAlertStore.class).takeAlert(reportId, now, now - ONE_ALERT_PER.toMillis()) == 0) {
            return;
        }
        var school = trust.academy(academySlug).map(a -> a.name()).orElse("the school");
        var followUp = trust.siteUrl().replaceAll("/+$", "") + "/report/follow-up/";
        handle.attach(OutboxStore.class).enqueueAlert(reportId, "You have a reply from " + school,
                "You have a reply from " + school + ".\n\n"
                        + "Use your follow-up code at " + followUp + " to read it.\n\n"
                        + "This e-mail says nothing more, to keep you safe. You asked for it when you sent your report;"
                        + " your address is deleted when the school closes the case.\n");
    }

    /** The case closed: its address and any alert about it are deleted, in the closing transaction. */
    public void forget(Handle handle, String reportId) {
        var store = handle.attach(ReplyAlertStore.class);
        store.delete(reportId);
        store.deleteAlertMails(reportId);
    }

    /** The address to send a report's alert to, decrypted now; empty once deleted, or if the key has changed. */
    public Optional<String> address(String reportId) {
        return jdbi.withExtension(ReplyAlertStore.class, store -> store.find(reportId))
                .flatMap(sealed -> cipher.open(sealed, reportId));
    }
}
