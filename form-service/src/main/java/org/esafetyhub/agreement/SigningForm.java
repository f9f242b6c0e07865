package org.esafetyhub.agreement;

import io.javalin.http.Context;
import org.esafetyhub.forms.TypedText;
import org.esafetyhub.language.Words;

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
    /** The relationships offered, value to label (in English; agreement.sign.relationship.&lt;value&gt; in other languages), in order. */
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

    /** Problems with the names and the relationship, by field, in the form's order, in the signer's language. */
    public Map<String, String> check(boolean online, Words words) {
        var errors = new LinkedHashMap<String, String>();
        name(errors, "childName", childName, words);
        name(errors, "signerName", signerName, words);
        if (!RELATIONSHIPS.containsKey(relationship)) {
            errors.put("relationship", words.text("agreement.error.relationship"));
        }
        if (online) {
            name(errors, "typedSignature", typedSignature, words);
            if (!agreed) {
                errors.put("agree", words.text("agreement.error.agree"));
            }
        }
        return errors;
    }

    /** The relationships offered, value to label, in a language. */
    public static Map<String, String> relationships(Words words) {
        var labels = new LinkedHashMap<String, String>();
        RELATIONSHIPS.keySet().forEach(value -> labels.put(value, words.text("agreement.sign.relationship." + value)));
        return labels;
    }

    /** A field missing is agreement.error.&lt;field&gt;. */
    private static void name(Map<String, String> errors, String field, String value, Words words) {
        if (value.isEmpty()) {
            errors.put(field, words.text("agreement.error." + field));
        } else if (value.length() > MAX_NAME) {
            errors.put(field, words.text("agreement.error.tooLong", MAX_NAME, value.length()));
        }
    }

    /** The form's fields as the template shows them again. */
    public Map<String, Object> model() {
        return Map.of("childName", childName, "signerName", signerName, "relationship", List.of(relationship),
                "typedSignature", typedSignature, "agree", agreed ? List.of("yes") : List.of(), "classCode", classCode);
    }
}
