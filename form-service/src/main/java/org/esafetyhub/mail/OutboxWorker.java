package org.esafetyhub.mail;

import jakarta.mail.MessagingException;
import org.esafetyhub.trust.Smtp;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Sends what waits in the outbox, every interval, until the mail server takes it. While the server
 * is down nothing is lost: the mails stay in the table and go on a later round. Each mail is claimed
 * before it is sent, so that of several nodes only one sends it; a node that dies holding a claim
 * loses it when the claim runs out ({@link #CLAIM} unless given) and another sends the mail.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** Longer than the mail server's timeouts (5 s to connect, 10 s to read or write) can make one send take. */
    public static final Duration CLAIM = Duration.ofMinutes(2);

    private final String node = UUID.randomUUID().toString();
    private final Jdbi jdbi;
    private final MailSender sender;
    private final ScheduledExecutorService scheduler;
    private final Function<String, Optional<String>> alertAddresses;
    private final Duration claim;

    private OutboxWorker(Jdbi jdbi, MailSender sender, ScheduledExecutorService scheduler,
                         Function<String, Optional<String>> alertAddresses, Duration claim) {
        this.jdbi = jdbi;
        this.sender = sender;
        this.scheduler = scheduler;
        this.alertAddresses = alertAddresses;
        this.claim = claim;
    }

    /**
     * Starts sending through the trust's SMTP server; with none configured, mail waits in the outbox.
     *
     * @param alertAddresses a report's reply-alert address, decrypted at sending time; empty once deleted
     */
    public static OutboxWorker start(Jdbi jdbi, Smtp smtp, Duration interval, Function<String, Optional<String>> alertAddresses) {
        return start(jdbi, smtp, interval, CLAIM, alertAddresses);
    }

    /** @param claim how long a node holds a mail it is sending: longer than one send can take, or a slow node's mail goes twice */
    public static OutboxWorker start(Jdbi jdbi, Smtp smtp, Duration interval, Duration claim,
                                     Function<String, Optional<String>> alertAddresses) {
        if (smtp == null) {
            LOG.warn("no smtp section in the trust file: notifications wait in the outbox until one is configured");
            return new OutboxWorker(jdbi, null, null, alertAddresses, claim);
        }
        var scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "outbox");
            thread.setDaemon(true);
            return thread;
        });
        var worker = new OutboxWorker(jdbi, new MailSender(smtp, System.getenv("ESAFETY_SMTP_PASSWORD")), scheduler,
                alertAddresses, claim);
        scheduler.scheduleWithFixedDelay(worker::sendWaiting, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return worker;
    }

    private void sendWaiting() {
        try {
            var store = jdbi.onDemand(OutboxStore.class);
            for (var mail : store.unclaimed(System.currentTimeMillis())) {
                long now = System.currentTimeMillis();
                if (!store.claim(mail.id(), node, now, now + claim.toMillis())) {
                    continue; // another node is sending it
                }
                var recipient = mail.alertReportId() == null ? Optional.of(mail.recipient()) : alertAddresses.apply(mail.alertReportId());
                if (recipient.isEmpty()) {
                    store.drop(mail.id());
                    LOG.info("a reply alert was dropped: its address was deleted with its case, or the alert key has changed");
                    continue;
                }
                try {
                    sender.send(recipient.get(), mail.subject(), mail.body());
                    store.markSent(mail.id(), node);
                } catch (MessagingException e) {
                    // a server's refusal often quotes the recipient: a reporter's address is never written down
                    var reason = mail.alertReportId() == null ? String.valueOf(e.getMessage())
                            : e.getClass().getSimpleName() + " (sending a reply alert; the server's words are not kept, they may hold the address)";
                    store.markFailed(mail.id(), node, reason.substring(0, Math.min(reason.length(), 500)));
                    LOG.warn("the mail server did not take a notification (attempt {}): {}", mail.attempts() + 1, reason);
                    return; // the server is likely down: try the rest on the next round
                }
            }
        } catch (RuntimeException e) {
            LOG.error("the outbox could not be read", e);
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
