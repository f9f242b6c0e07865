package org.esafetyhub.guidance;

import java.util.List;
import java.util.Optional;

/**
 * The published guidance and law the guides follow ({@code data/guidance-sources.yaml}). A guide names what it
 * follows in its header ({@code follows=kcsie, ukcis-nudes}) and shows each with the day it was last checked.
 */
public record GuidanceSources(List<Source> sources) {

    /**
     * @param id        what a guide's {@code follows=} names it by: lower-case letters, digits and hyphens
     * @param title     the title as its publisher gives it
     * @param publisher who publishes it (Department for Education)
     * @param edition   the edition or date the guides follow (September 2025; updated March 2024)
     * @param url       an https:// address of its publisher's page
     * @param checked   the day someone last checked that this edition is the current one, {@code yyyy-MM-dd}
     */
    public record Source(String id, String title, String publisher, String edition, String url, String checked) {
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }
}
