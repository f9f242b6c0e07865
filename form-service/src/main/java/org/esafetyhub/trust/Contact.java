package org.esafetyhub.trust;

/** A named person to contact; phone may be absent. */
public record Contact(String name, String email, String phone) {
}
