package org.esafetyhub.site;

import org.esafetyhub.guidance.GuidanceSources;
import org.esafetyhub.guidance.GuidanceSourcesFile;
import org.esafetyhub.help.HelpLinks;

import java.util.Map;

/**
 * What pages name by id instead of typing it, each kept once in a data file: the outside services
 * ({@code help:childline}) and the published guidance a guide follows ({@code follows=kcsie}).
 */
public record OutsideReferences(HelpLinks help, GuidanceSources sources) {

    /** What templates read of them: {@code helpServices} and {@code guidanceSources}. */
    public Map<String, Object> templateModel() {
        return Map.of("helpServices", help.templateModel(), "guidanceSources", GuidanceSourcesFile.asTemplateModel(sources));
    }
}
