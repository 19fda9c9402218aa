package org.entente.enrich.statements;

/**
 * What a statement cue signals. Predicates (and the event nouns marked {@code binds}) take a time expression;
 * the other nouns only tell which event a bound predicate is about.
 */
public enum CueRole {
    /** ceasefire, truce, هدنة, перемирие … */
    CEASEFIRE(false),
    /** an extension or renewal of a truce; also binds a date like EXTEND */
    EXTENSION(true),
    /** agreement, deal, protocol: a ceasefire when the article is about one */
    AGREEMENT(false),
    /** the UN Security Council */
    COUNCIL(false),
    /** the UN General Assembly: its votes are not Council meetings */
    ASSEMBLY(false),
    /** a resolution */
    RESOLUTION(false),
    /** a press statement: not a meeting */
    PRESS(false),
    /** a draft or text put to the vote: a rejection of one is a Council vote */
    DRAFT(false),
    /** a relative pronoun (which, qui, который, الذي): a date after it belongs to the clause it opens */
    REL(false),
    /** a subordinator (as, while, alors que, когда, بينما): a date across it belongs to another clause */
    SUBORD(false),
    /** following, à l'issue de, по итогам, في ختام: the event noun after it is background, not the subject */
    OBLIQUE(false),
    /** with immediate effect, avec effet immédiat, بأثر فوري: a start on the day of the signing or announcement */
    IMMEDIATE(false),
    /** a session, sitting, consultations: a Council meeting when the Council is named */
    SESSION(true),
    /** talks, negotiations, a round, a summit */
    TALKS(true),
    /** a meeting: talks only between named people */
    MEETING(true),
    /** starts, takes effect, enters into force, resumes, opens */
    START(true),
    /** from, starting, as of, à partir de, اعتبارا من, начиная с: must stand right before the date */
    FROM(true),
    /** scheduled for, set for, موعد, назначено на */
    SCHEDULE(true),
    /** extend, renew */
    EXTEND(true),
    /** meet, convene, hold, brief */
    MEET(true),
    /** vote */
    VOTE(true),
    /** adopt, approve (a resolution) */
    ADOPT(true),
    /** veto */
    VETO(true),
    /** rejected, rejeté, отклонен: a Council vote when a resolution, a draft or the Council is named */
    REJECT(true),
    /** until: gives the end date */
    UNTIL(true),
    /** said, announced, agreed, visited: absorbs the date of the saying, so it does not date the event */
    SINK(true);

    private final boolean binds;

    CueRole(boolean binds) {
        this.binds = binds;
    }

    public boolean binds() {
        return binds;
    }
}
