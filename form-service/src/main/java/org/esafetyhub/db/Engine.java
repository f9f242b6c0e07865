package org.esafetyhub.db;

/** The database engines the service runs on, by the name Flyway gives each ({@code {vendor}} in migration locations). */
public enum Engine {
    /** One file beside the service: the default, for one school on one server. */
    SQLITE("sqlite"),
    /** A server shared by several service nodes. */
    POSTGRESQL("postgresql");

    private final String vendor;

    Engine(String vendor) {
        this.vendor = vendor;
    }

    /** The lower-case name /healthz reports and the folder of this engine's own migrations. */
    public String vendor() {
        return vendor;
    }
}
