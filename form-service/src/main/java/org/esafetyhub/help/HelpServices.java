package org.esafetyhub.help;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * Every service outside the school that a page or the report page points to ({@code data/help-services.yaml}): the
 * one place their phone numbers and addresses are written.
 *
 * @param dangerStep the ids of the services the report page's first step shows, in that order
 */
public record HelpServices(List<String> dangerStep, List<Service> services) {

    /**
     * @param id       what pages name it by: lower-case letters, digits and hyphens ({@code childline})
     * @param phone    a number to call as people write it ({@code 0800 1111}), or null
     * @param url      an https:// address, or null
     * @param email    an e-mail address, or null
     * @param linkText the words of the report page's link to {@code url}
     * @param forWhom  who it is for, such as "For anyone under 18.", or null
     * @param when     when to use it, in words a 9-year-old understands (needed on the report page)
     * @param what     what it does (needed on the report page)
     * @param checked  the day its number and addresses were last checked, {@code yyyy-MM-dd}
     */
    public record Service(String id, String name, String phone, String url, String email, String linkText,
                          @JsonProperty("for") String forWhom, String when, String what, String checked) {
    }

    public Optional<Service> service(String id) {
        return services.stream().filter(service -> service.id().equals(id)).findFirst();
    }
}
