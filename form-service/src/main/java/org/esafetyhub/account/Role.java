package org.esafetyhub.account;

/** What a member of staff may do; which academies they may see is {@link AcademyScope}'s. */
public enum Role {
    ADMIN("Administrator", false),
    DSL("Designated Safeguarding Lead", true),
    PRINCIPAL("Principal", true),
    OFFICER("Trust eSafety officer", true),
    TEACHER("Teacher", false);

    public final String label;
    public final boolean seesCases;

    Role(String label, boolean seesCases) {
        this.label = label;
        this.seesCases = seesCases;
    }

    /**
     * The academy's DSL and Principal work on its cases; the trust's eSafety officer reads every
     * case but changes none (policy 4.9, 5.8: the officer is informed and reports).
     */
    public boolean changesCases() {
        return this == DSL || this == PRINCIPAL;
    }

    /** Quiz results: everyone who works with pupils, and the officer for the trust; not the administrator of accounts. */
    /** Who reads the audit trail: staff who see cases, and the administrator. */
    public boolean readsTrail() {
        return seesCases || this == ADMIN;
    }

    public boolean seesResults() {
        return this != ADMIN;
    }

    /** Reviews of the policy and codes with parents (policy 1, 3.4): the Principal leads them, the officer oversees them for the trust. */
    public boolean leadsReviews() {
        return this == PRINCIPAL || this == OFFICER;
    }

    /** The roles that see cases must use a second factor when the trust file says so. */
    boolean twoFactorWhenRequired() {
        return seesCases;
    }

    /** Every role but the officer and the admin belongs to one academy. */
    public boolean needsAcademy() {
        return this != OFFICER && this != ADMIN;
    }
}
