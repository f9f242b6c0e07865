package org.esafetyhub.trust;

import java.util.List;
import java.util.Optional;

/** The trust file: who runs the service, its academies and whom to contact about safeguarding. */
public record Trust(String name, String siteUrl, String quickExitUrl, Contact esafetyOfficer, List<Academy> academies,
                    Smtp smtp, boolean requireTwoFactor) {

    /** The same trust sending its mail through another server (tests point it at theirs). */
    public Trust withSmtp(Smtp other) {
        return new Trust(name, siteUrl, quickExitUrl, esafetyOfficer, academies, other, requireTwoFactor);
    }

    public Optional<Academy> academy(String slug) {
        return academies.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }
}
