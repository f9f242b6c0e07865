package org.esafetyhub.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** PostgreSQL's pool: the settings that differ from SQLite's. */
final class Postgres {

    /** Per node; PostgreSQL's default of 100 connections serves several nodes with room for its tools. */
    private static final int POOLED_CONNECTIONS = 12;

    private Postgres() {
    }

    static HikariDataSource pool(String url, Credentials credentials) {
        var config = new HikariConfig();
        config.setPoolName("postgresql");
        config.setJdbcUrl(url);
        config.setUsername(credentials.user());
        config.setPassword(credentials.password());
        config.setMaximumPoolSize(POOLED_CONNECTIONS);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "esafety-hub");
        return new HikariDataSource(config);
    }
}
