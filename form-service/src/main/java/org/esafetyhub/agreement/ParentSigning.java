package org.esafetyhub.agreement;

import org.esafetyhub.language.Words;
import org.esafetyhub.quiz.ClassCodes;

import java.util.Optional;

/** Parents signing the agreement online: the version they sign, their child's class by its code, and the signature kept. */
public final class ParentSigning {

    private final Agreements agreements;
    private final Signatures signatures;
    private final ClassCodes classCodes;

    public ParentSigning(Agreements agreements, Signatures signatures, ClassCodes classCodes) {
        this.agreements = agreements;
        this.signatures = signatures;
        this.classCodes = classCodes;
    }

    /** The published parents' agreement's version; empty when none is published. */
    Optional<String> currentVersion() {
        return agreements.current(Agreements.PARENTS);
    }

    /** The parents' agreement's page, in the reader's language when the site has it. */
    String agreementUrl(Words words) {
        return agreements.url(Agreements.PARENTS, words);
    }

    Optional<ClassCodes.ClassCode> classOf(String code) {
        return classCodes.find(code);
    }

    /** Keeps a signature made online (no member of staff records it). */
    Signature record(ClassCodes.ClassCode inClass, SigningForm form, String version) {
        return signatures.record(inClass, form, version, null);
    }
}
