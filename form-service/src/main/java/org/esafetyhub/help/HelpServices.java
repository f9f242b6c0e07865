package org.esafetyhub.help;

import java.util.List;

/**
 * The outside services a reporter is pointed to before the school's form ({@code data/help-services.yaml}),
 * and the day their numbers and addresses were last checked ({@code yyyy-MM-dd}).
 */
public record HelpServices(String checked, List<Service> services) {

    /**
     * @param phone    a number to call, or null
     * @param url      an https:// address, or null
     * @param linkText the words of the link to {@code url}
     * @param forWhom  who it is for, such as "For anyone under 18.", or null
     */
    public record Service(String name, String when, String what, String phone, String url, String linkText,
                          @com.fasterxml.jackson.annotation.JsonProperty("for") String forWhom) {
    }
}
