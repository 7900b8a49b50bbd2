package org.mandatetracker.extraction.internal;

import org.mandatetracker.extraction.Strength;

/** The mandating verbs of the extraction contract, each with how strongly it asks. */
public enum ContractVerb {
    REQUESTS("requests", Strength.REQUEST),
    DECIDES("decides", Strength.REQUEST),
    DIRECTS("directs", Strength.REQUEST),
    AUTHORIZES("authorizes", Strength.REQUEST),
    INSTRUCTS("instructs", Strength.REQUEST),
    ENTRUSTS("entrusts", Strength.REQUEST),
    CALLS_UPON("calls upon", Strength.ENCOURAGE),
    CALLS_FOR("calls for", Strength.ENCOURAGE),
    URGES("urges", Strength.ENCOURAGE),
    ENCOURAGES("encourages", Strength.ENCOURAGE),
    INVITES("invites", Strength.ENCOURAGE),
    RECOMMENDS("recommends", Strength.ENCOURAGE);

    private final String english;
    private final Strength strength;

    ContractVerb(String english, Strength strength) {
        this.english = english;
        this.strength = strength;
    }

    /** As the contract's JSON writes it ("calls upon"). */
    public String english() {
        return english;
    }

    public Strength strength() {
        return strength;
    }
}
