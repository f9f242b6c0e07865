package org.esafetyhub.forms;

import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * What someone typed into a form, as it is stored: control characters other than tab and line breaks removed
 * (issue 19, finding 7). Nobody types them; a pasted or forged NUL would be stored by SQLite but refused by
 * PostgreSQL, and the others can hide text from the DSL who reads it.
 */
public final class TypedText {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private TypedText() {
    }

    /** The text without control characters, or null for null. */
    public static String clean(String typed) {
        return typed == null ? null : CONTROL.matcher(typed).replaceAll("");
    }

    /** The form field, cleaned and stripped; "" when it was not sent. */
    public static String field(Context ctx, String name) {
        var value = clean(ctx.formParam(name));
        return value == null ? "" : value.strip();
    }
}
