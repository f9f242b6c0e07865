package org.esafetyhub.policy;

/** The policy file is missing or wrong; the message names the file and what to fix. */
public final class InvalidPolicyFileException extends RuntimeException {
    InvalidPolicyFileException(String message) {
        super(message);
    }
}
