package org.entente.enrich.statements;

/** Words before a predicate that change how it is asserted (statements/&lt;lang&gt;/modality.tsv labels). */
public enum ModalityCue {
    /** not, no date has been set, لم, не */
    NEG,
    /** if, in case, إذا, если */
    HYPO,
    /** may be, renewable, قابلة, может, pourra: a possibility, for the predicate right after it (20 chars) only */
    POSSIBLE,
    /** calls for, proposes, urges, دعا, призвал */
    PROPOSE,
    /** agreed to, accepted: a proposal that was accepted is no longer only proposed */
    ACCEPT,
    /** a longer phrase that hides a shorter cue ("لا بد", "не только"): signals nothing */
    IGNORE
}
