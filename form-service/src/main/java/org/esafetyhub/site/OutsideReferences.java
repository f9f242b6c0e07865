package org.esafetyhub.site;

import org.esafetyhub.data.DataFile;
import org.esafetyhub.guidance.GuidanceSources;
import org.esafetyhub.guidance.GuidanceSourcesFile;
import org.esafetyhub.help.HelpLinks;
import org.esafetyhub.help.HelpServicesFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What pages name by id instead of typing it, each kept once in a data file: the outside services
 * ({@code help:childline}) and the published guidance a guide follows ({@code follows=kcsie}).
 */
public record OutsideReferences(HelpLinks help, GuidanceSources sources) {

    /**
     * Both files under a site's root ({@code data/help-services.yaml}, {@code data/guidance-sources.yaml}), read at
     * every bake, so that the preview follows a change to them.
     *
     * @throws BakeFailedException naming the file, if one is wrong
     */
    static OutsideReferences under(Path root) {
        try {
            return new OutsideReferences(new HelpLinks(HelpServicesFile.forSite(root)), GuidanceSourcesFile.forSite(root));
        } catch (DataFile.Invalid e) {
            // the message starts with the file, and its line where known: "data/help-services.yaml:12: ..."
            var message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new BakeFailedException(List.of(colon < 0 ? new BakeProblem("data", 0, message)
                    : new BakeProblem(message.substring(0, colon), 0, message.substring(colon + 2))));
        }
    }

    /** What templates read of them: {@code helpServices} and {@code guidanceSources}. */
    public Map<String, Object> templateModel() {
        return Map.of("helpServices", help.templateModel(), "guidanceSources", GuidanceSourcesFile.asTemplateModel(sources));
    }
}
