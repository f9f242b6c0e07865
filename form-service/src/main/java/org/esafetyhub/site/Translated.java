package org.esafetyhub.site;

import org.esafetyhub.language.Languages;
import org.jbake.model.DocumentModel;

import java.util.Optional;
import java.util.Set;

/**
 * Where a translation goes: JBake would publish {@code content/parents/keeping-evidence.pl.md} at
 * {@code /parents/keeping-evidence.pl/}; the store moves it to {@code /pl/parents/keeping-evidence/}, and marks every
 * document with its language ({@code lang}) and the address of its English page ({@code englishUrl}).
 */
final class Translated {

    static final String LANG = "lang";
    static final String ENGLISH_URL = "englishUrl";
    private static final String INDEX = "/index.html";

    private Translated() {
    }

    /** The second extension of a name without its first ({@code parents/keeping-evidence.pl} gives pl), if it looks like a language code. */
    static Optional<String> codeOf(String withoutExtension) {
        var file = withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        var code = file.substring(dot + 1);
        return Languages.looksLikeCode(code) ? Optional.of(code) : Optional.empty();
    }

    /** Moves a translation's document under its language's folder; marks every document's language. */
    static void place(DocumentModel document, Set<String> translationCodes) {
        var source = String.valueOf(document.getSourceuri());
        if (!source.endsWith(INDEX)) {
            document.put(LANG, "en");
            return;
        }
        var path = source.substring(0, source.length() - INDEX.length());
        var code = codeOf(path).filter(translationCodes::contains);
        if (code.isEmpty()) {
            document.put(LANG, "en");
            document.put(ENGLISH_URL, "/" + path + "/");
            return;
        }
        var englishPath = path.substring(0, path.length() - code.get().length() - 1);
        var uri = code.get() + "/" + englishPath + INDEX;
        document.setUri(uri);
        document.setNoExtensionUri(code.get() + "/" + englishPath + "/");
        document.setRootPath("../" + document.getRootPath());
        document.put(LANG, code.get());
        document.put(ENGLISH_URL, "/" + englishPath + "/");
    }
}
