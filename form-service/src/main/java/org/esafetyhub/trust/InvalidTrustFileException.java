package org.esafetyhub.trust;

/** The trust file is missing or wrong; the message names the file and, where known, the line or key. */
public final class InvalidTrustFileException extends RuntimeException {
    InvalidTrustFileException(String message) {
        super(message);
    }
}
