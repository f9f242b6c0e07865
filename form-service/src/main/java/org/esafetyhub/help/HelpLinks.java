package org.esafetyhub.help;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How pages reach the outside services without typing their numbers and addresses. In Markdown a link names the
 * service: {@code [Report Remove](help:report-remove)} links to its address, {@code [](help:childline/phone)} to its
 * number and {@code help:nspcc/email} to its e-mail address; a link with no words shows the number or address
 * itself. In templates the macros of {@code templates/macros/help.ftl} do the same. A number or an address at a
 * service's host typed anywhere else is found here, so that the bake can refuse it.
 */
public final class HelpLinks {

    public static final String SCHEME = "help:";
    /** A service named rather than typed: a help: link, or a macro's id ({@code <@help.phone "childline"}). */
    private static final Pattern NAMED = Pattern.compile("help:[^)\\s\"]*|<@help\\.\\w+\\s+(?:id=)?\"[^\"]*\"");
    private static final Pattern BODY_LINK = Pattern.compile("<a href=\"help:([^\"]*)\"([^>]*)>(.*?)</a>", Pattern.DOTALL);

    /** Where a link goes, and what it shows when the page gave it no words. */
    public record Link(String href, String shown) {
    }

    /** Something of a service typed into a page: one of its numbers, or an address at one of its hosts. */
    private record Typed(Pattern pattern, String description, List<String> ids, String part) {
    }

    private final HelpServices help;
    private final List<Typed> typed = new ArrayList<>();

    public HelpLinks(HelpServices help) {
        this.help = help;
        var byHost = new LinkedHashMap<String, List<String>>();
        for (var service : help.services()) {
            if (service.phone() != null) {
                var whose = service.name().equals(service.phone()) ? "" : " (" + service.name() + ")";
                typed.add(new Typed(phonePattern(service.phone()), "the number " + service.phone() + whose,
                        List.of(service.id()), "/phone"));
            }
            for (var address : new String[] {service.url(), service.email()}) {
                if (address != null) {
                    byHost.computeIfAbsent(host(address), h -> new ArrayList<>()).add(service.id());
                }
            }
        }
        byHost.forEach((host, ids) -> typed.add(new Typed(hostPattern(host), "an address at " + host,
                ids.stream().distinct().toList(), "")));
    }

    public HelpServices services() {
        return help;
    }

    /**
     * @param reference what follows {@code help:}: a service's id for its address, {@code id/phone} for its
     *                  number or {@code id/email} for its e-mail address
     * @return why the reference leads nowhere, or empty if it resolves
     */
    public Optional<String> problemWith(String reference) {
        var slash = reference.indexOf('/');
        var id = slash < 0 ? reference : reference.substring(0, slash);
        var part = slash < 0 ? "" : reference.substring(slash + 1);
        var service = help.service(id);
        if (service.isEmpty()) {
            return Optional.of(SCHEME + reference + ": data/help-services.yaml has no service \"" + id + "\" (its ids: "
                    + help.services().stream().map(HelpServices.Service::id).collect(Collectors.joining(", ")) + ")");
        }
        var found = service.get();
        var missing = switch (part) {
            case "" -> found.url() == null ? "no address" : null;
            case "phone" -> found.phone() == null ? "no phone number" : null;
            case "email" -> found.email() == null ? "no e-mail address" : null;
            default -> "";
        };
        if ("".equals(missing)) {
            return Optional.of(SCHEME + reference + ": write " + SCHEME + id + ", " + SCHEME + id + "/phone or " + SCHEME + id + "/email");
        }
        return Optional.ofNullable(missing).map(what -> SCHEME + reference + ": " + found.name() + " has " + what
                + " in data/help-services.yaml");
    }

    /** @throws IllegalArgumentException if {@link #problemWith} finds the reference leads nowhere */
    public Link resolve(String reference) {
        problemWith(reference).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        var slash = reference.indexOf('/');
        var service = help.service(slash < 0 ? reference : reference.substring(0, slash)).orElseThrow();
        return switch (slash < 0 ? "" : reference.substring(slash + 1)) {
            case "phone" -> new Link("tel:" + dialled(service.phone()), service.phone());
            case "email" -> new Link("mailto:" + service.email(), service.email());
            default -> new Link(service.url(), writtenOut(service.url()));
        };
    }

    /**
     * A rendered page body with its {@code help:} links pointing at the services: a link without words gets the
     * number or address as its words. A link that leads nowhere is left as it is (the check before the bake names it).
     */
    public String resolveLinks(String html) {
        if (!html.contains("href=\"" + SCHEME)) {
            return html;
        }
        var matcher = BODY_LINK.matcher(html);
        var out = new StringBuilder();
        while (matcher.find()) {
            var reference = matcher.group(1);
            if (problemWith(reference).isPresent()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
                continue;
            }
            var link = resolve(reference);
            var words = matcher.group(3).isBlank() ? escaped(link.shown()) : matcher.group(3);
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    "<a href=\"" + escaped(link.href()) + "\"" + matcher.group(2) + ">" + words + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * What in one line of a page or template is a service's number or address typed by hand, each with the way to
     * write it instead.
     *
     * @param template whether the line is a template's (the fix is a macro) or a content page's (a help: link)
     */
    public List<String> typedByHand(String line, boolean template) {
        var text = NAMED.matcher(line).replaceAll("");
        var problems = new ArrayList<String>();
        for (var typing : typed) {
            if (typing.pattern().matcher(text).find()) {
                var ways = typing.ids().stream().map(id -> template ? macro(id, typing.part()) : link(id, typing.part()))
                        .collect(Collectors.joining(" or "));
                problems.add(typing.description() + " is typed by hand: write " + ways
                        + ", which the bake fills in from data/help-services.yaml");
            }
        }
        return problems;
    }

    private static String link(String id, String part) {
        return part.isEmpty() ? "[its name](" + SCHEME + id + ")" : "[](" + SCHEME + id + part + ")";
    }

    private static String macro(String id, String part) {
        return part.isEmpty() ? "<@help.link \"" + id + "\">its name</@help.link>" : "<@help.phone \"" + id + "\"/>";
    }

    /** The number as a {@code tel:} link dials it: digits only. */
    static String dialled(String phone) {
        return phone.replaceAll("\\D", "");
    }

    /** An address as a page writes it out: without https:// or a closing slash ({@code www.childline.org.uk}). */
    static String writtenOut(String url) {
        return url.replaceFirst("^https://", "").replaceFirst("/$", "");
    }

    private static String host(String address) {
        var host = address.contains("@") ? address.substring(address.indexOf('@') + 1) : URI.create(address).getHost();
        return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    /**
     * The digits as people may type them, grouped by spaces or hyphens, not inside a longer number. A short number
     * (999, 101) only as it is always written, so that "10 1" is not taken for 101.
     */
    private static Pattern phonePattern(String phone) {
        var dialled = dialled(phone);
        var digits = dialled.chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining(dialled.length() > 3 ? "[ -]?" : ""));
        return Pattern.compile("(?<!\\d[ -]?)" + digits + "(?![ -]?\\d)");
    }

    /** The host, and any address under it (www.childline.org.uk, help@nspcc.org.uk), but not a longer name ending in it. */
    private static Pattern hostPattern(String host) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(host) + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** @return the services, by id, as {@link HelpServicesFile#asTemplateModel} gives them to templates */
    public Map<String, Object> templateModel() {
        return HelpServicesFile.asTemplateModel(help);
    }
}
