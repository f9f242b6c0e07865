package org.esafetyhub.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@link TwoNodesIT} reads straight from the database the two nodes share. */
final class TwoNodesDatabase {

    private final String url;

    /** @param url a JDBC URL this process may connect with as it is (the user in it) */
    TwoNodesDatabase(String url) {
        this.url = url;
    }

    /** Each acknowledged value the query's column does not hold exactly once, with how many times it does. */
    List<String> notOnce(Set<String> acknowledged, String sql) throws SQLException {
        var times = new HashMap<String, Integer>();
        for (var value : column(sql)) {
            times.merge(value, 1, Integer::sum);
        }
        return acknowledged.stream().filter(value -> times.getOrDefault(value, 0) != 1)
                .map(value -> value + ": " + times.getOrDefault(value, 0) + " times").sorted().toList();
    }

    int count(String sql) {
        try {
            return Integer.parseInt(column(sql).get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int unsent() {
        return count("SELECT COUNT(*) FROM outbox WHERE NOT sent");
    }

    /** The mails some node held a live claim on now: after a node is killed, those it was sending (and some of the live node's). */
    Set<String> claimsHeld() throws SQLException {
        var held = new HashSet<String>();
        try (var db = connection(); var query = db.prepareStatement("SELECT id FROM outbox WHERE NOT sent AND claimed_until > ?")) {
            query.setLong(1, System.currentTimeMillis());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        return held;
    }

    /** Every mail in the outbox as "subject -> recipient"; a reply alert's recipient is the address its report asked for. */
    List<String> mails(Map<String, String> alertAddresses) throws SQLException {
        return mails(alertAddresses, null);
    }

    /** @param ids only these mails, or all when null */
    List<String> mails(Map<String, String> alertAddresses, Set<String> ids) throws SQLException {
        var mails = new ArrayList<String>();
        try (var db = connection(); var rows = db.createStatement().executeQuery("""
                SELECT o.id, o.subject, o.recipient, r.reference FROM outbox o LEFT JOIN report r ON r.id = o.alert_report_id""")) {
            while (rows.next()) {
                if (ids == null || ids.contains(rows.getString(1))) {
                    var recipient = rows.getString(4) == null ? rows.getString(3) : alertAddresses.getOrDefault(rows.getString(4), "?");
                    mails.add(rows.getString(2) + " -> " + recipient);
                }
            }
        }
        return mails;
    }

    /** What is in the first list more times than in the second (a difference of multisets). */
    static List<String> minus(List<String> these, List<String> those) {
        var left = new ArrayList<>(these);
        those.forEach(left::remove);
        return left;
    }

    private List<String> column(String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var db = connection(); var rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
