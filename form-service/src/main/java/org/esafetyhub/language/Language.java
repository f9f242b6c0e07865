package org.esafetyhub.language;

/**
 * A language of the site, from {@code data/languages.yaml}.
 *
 * @param code the language's tag in file names ({@code keeping-evidence.pl.md}), addresses ({@code /pl/}) and hreflang
 * @param name its name in itself (Polski, اردو), as the language switcher shows it
 * @param dir  {@code ltr} or {@code rtl}
 * @param tag  what {@code <html lang>} says, when more precise than the code (en-GB); the code when absent
 * @param englishName its name in English, as staff read it ("Written in: Urdu"); the code when absent
 * @param checkedBy   who (name or role) has checked the language's template words, data/messages/&lt;code&gt;.yaml, as
 *                    fluent reader; empty until then, and the service's pages in it say they are not checked yet
 */
public record Language(String code, String name, String dir, String tag, String englishName, String checkedBy) {

    public boolean rightToLeft() {
        return "rtl".equals(dir);
    }

    /** The language's name in English, for staff pages. */
    public String inEnglish() {
        return englishName == null || englishName.isBlank() ? code : englishName;
    }

    /** The tag for {@code lang=} and {@code hreflang=}. */
    public String htmlLang() {
        return tag == null || tag.isBlank() ? code : tag;
    }
}
