package org.esafetyhub.trust;

import java.util.List;
import java.util.Optional;

/**
 * The trust file: who runs the service, its academies and whom to contact about safeguarding;
 * how the service sits on its server ({@code service}, optional) and how long records are kept
 * ({@code retention}, optional); the staff training's pass mark and refresher period ({@code training}, optional).
 */
public record Trust(String name, String siteUrl, String quickExitUrl, Contact esafetyOfficer, List<Academy> academies,
                    Smtp smtp, boolean requireTwoFactor, Service service, Retention retention, TrainingRules training) {

    public Trust {
        service = service == null ? Service.DEFAULT : service;
        retention = retention == null ? Retention.DEFAULT : retention;
        training = training == null ? TrainingRules.DEFAULT : training;
    }

    /** The same trust sending its mail through another server (tests point it at theirs). */
    public Trust withSmtp(Smtp other) {
        return new Trust(name, siteUrl, quickExitUrl, esafetyOfficer, academies, other, requireTwoFactor, service, retention, training);
    }

    /** The same trust with other service settings (tests raise the limits or trust a proxy). */
    public Trust withService(Service other) {
        return new Trust(name, siteUrl, quickExitUrl, esafetyOfficer, academies, smtp, requireTwoFactor, other, retention, training);
    }

    public Optional<Academy> academy(String slug) {
        return academies.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }
}
