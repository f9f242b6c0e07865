package org.esafetyhub.agreement;

import io.javalin.http.Context;
import org.esafetyhub.forms.TypedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a parent or carer types to sign the agreement, kept as typed so that a problem shows the form again
 * with everything in it. A member of staff recording a paper signature fills in the same fields but the
 * class code (the class is the page's) and the agreement box (the paper was signed).
 */
public record SigningForm(String childName, String signerName, String relationship, String typedSignature, boolean agreed,
                          String classCode) {

    public static final int MAX_NAME = 100;
    /** The relationships offered, value to label, in order. */
    public static final Map<String, String> RELATIONSHIPS = relationships();

    private static Map<String, String> relationships() {
        var choices = new LinkedHashMap<String, String>();
        choices.put("parent", "Parent");
        choices.put("carer", "Carer or guardian");
        choices.put("other", "Other person with parental responsibility");
        return choices;
    }

    public static SigningForm empty() {
        return new SigningForm("", "", "", "", false, "");
    }

    public static SigningForm from(Context ctx) {
        return new SigningForm(field(ctx, "childName"), field(ctx, "signerName"), field(ctx, "relationship"),
                field(ctx, "typedSignature"), "yes".equals(ctx.formParam("agree")), field(ctx, "classCode"));
    }

    private static String field(Context ctx, String name) {
        return TypedText.field(ctx, name);
    }

    /** Problems with the names and the relationship, by field, in the form's order. */
    public Map<String, String> check(boolean online) {
        var errors = new LinkedHashMap<String, String>();
        name(errors, "childName", childName, "Enter your child's name");
        name(errors, "signerName", signerName, "Enter your name");
        if (!RELATIONSHIPS.containsKey(relationship)) {
            errors.put("relationship", "Choose how you are related to the child");
        }
        if (online) {
            name(errors, "typedSignature", typedSignature, "Type your name as your signature");
            if (!agreed) {
                errors.put("agree", "Tick the box to say you have read the agreement and agree to it");
            }
        }
        return errors;
    }

    private static void name(Map<String, String> errors, String field, String value, String missing) {
        if (value.isEmpty()) {
            errors.put(field, missing);
        } else if (value.length() > MAX_NAME) {
            errors.put(field, "Use " + MAX_NAME + " characters or fewer (you typed " + value.length() + ")");
        }
    }

    /** The form's fields as the template shows them again. */
    public Map<String, Object> model() {
        return Map.of("childName", childName, "signerName", signerName, "relationship", List.of(relationship),
                "typedSignature", typedSignature, "agree", agreed ? List.of("yes") : List.of(), "classCode", classCode);
    }
}
