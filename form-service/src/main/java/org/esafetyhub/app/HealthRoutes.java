package org.esafetyhub.app;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.esafetyhub.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /healthz}: is the service up, can it reach its database, which engine it is, at which schema version. */
final class HealthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final Database database;

    HealthRoutes(Database database) {
        this.database = database;
    }

    void health(Context ctx) {
        var body = answer(database);
        if ("DOWN".equals(body.get("status"))) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        ctx.header("Cache-Control", "no-store").json(body);
    }

    /** What /healthz answers for this database, in the order it is written. */
    static Map<String, Object> answer(Database database) {
        var body = new LinkedHashMap<String, Object>();
        try {
            var version = database.schemaVersion();
            body.put("status", "UP");
            body.put("database", "UP");
            body.put("engine", database.engine().vendor());
            body.put("schemaVersion", version.orElse(null));
        } catch (RuntimeException e) {
            LOG.warn("health check cannot reach the database: {}", e.getMessage());
            body.put("status", "DOWN");
            body.put("database", "DOWN");
        }
        return body;
    }
}
