package org.esafetyhub.trust;

/**
 * The trust's mail server for notifications. The password never sits in the trust file: it comes
 * from the environment variable ESAFETY_SMTP_PASSWORD when a username is given.
 */
public record Smtp(String host, int port, String from, String username, boolean starttls) {
}
