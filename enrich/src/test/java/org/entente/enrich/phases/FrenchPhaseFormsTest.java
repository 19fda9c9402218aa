package org.entente.enrich.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.entente.enrich.TestTexts;
import org.entente.enrich.model.Phase;
import org.entente.enrich.model.PhaseCue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French phase cues in their usual wire forms (passé composé, passive, participles, nominalisations, elision,
 * agreement in gender and number) and their negated, conditional and future counterparts, which assert nothing.
 * Sentences written for this test in AFP / RFI style; none comes from a corpus.
 */
class FrenchPhaseFormsTest {
    private static final PhaseDetector DETECTOR = PhaseDetector.load();

    private static List<PhaseCue> cues(String text) {
        return DETECTOR.detect(TestTexts.of("fr", text, "2024-11-27T12:00:00+01:00").build());
    }

    private static List<Phase> phases(String text) {
        return PhaseDetector.aggregate(cues(text));
    }

    private static List<Phase> parse(String expected) {
        return "-".equals(expected) ? List.of()
            : Arrays.stream(expected.trim().split("\\s+")).map(Phase::valueOf).toList();
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # --- NEGOTIATING: talks, indirect negotiations, mediation, bargaining, calls and proposals
        NEGOTIATING | Les pourparlers entre Kiev et Moscou ont repris mardi à Istanbul sous l'égide de la Turquie.
        NEGOTIATING | Des négociations indirectes entre Israël et le Hamas se poursuivent au Caire, selon une source égyptienne.
        NEGOTIATING | Les tractations en vue d'une trêve se sont intensifiées ce week-end à Doha.
        NEGOTIATING | Le Qatar mène une médiation entre les deux camps depuis plusieurs semaines.
        NEGOTIATING | Les discussions sur un cessez-le-feu au Soudan reprendront jeudi à Djeddah, a annoncé Ryad.
        NEGOTIATING | Une nouvelle session de négociation sur une trêve s'est ouverte lundi à Nairobi.
        NEGOTIATING | Le médiateur égyptien a présenté une nouvelle proposition de trêve de soixante jours.
        NEGOTIATING | Le secrétaire général de l'ONU a appelé à un cessez-le-feu immédiat à Gaza.
        NEGOTIATING | Paris réclame une trêve humanitaire dans le sud du Liban.
        NEGOTIATING | Israël et le Hamas négocient depuis des semaines un accord de trêve.
        NEGOTIATING | Aux négociations de Genève, les délégations n'ont pas réussi à s'entendre sur une trêve.
        NEGOTIATING | Aucun accord n'a été trouvé à l'issue de deux jours de pourparlers à Djeddah.
        NEGOTIATING | Les négociations sur la prolongation de la trêve butent sur la question des otages.
        NEGOTIATING | Les tractations pour conclure un accord de cessez-le-feu se heurtent à de nombreux obstacles.
        - | Le médiateur de l'ONU a présenté son rapport au Conseil de sécurité, sans annoncer d'accord.
        # --- AGREED: passé composé, passive, participles, reflexives, nominalisations
        AGREED | Israël et le Hamas sont parvenus à un accord de cessez-le-feu, a annoncé le Qatar.
        AGREED | Les deux délégations sont parvenues dans la nuit à un accord sur une trêve.
        AGREED | Les belligérants sont parvenus à s'entendre sur une trêve de trois jours.
        AGREED | Un accord de trêve a été conclu dans la nuit entre l'armée et les paramilitaires.
        AGREED | Les deux camps ont conclu un accord de cessez-le-feu sous l'égide de l'Union africaine.
        AGREED | La trêve conclue sous l'égide de l'Égypte reste fragile.
        AGREED | Les accords conclus à Doha prévoient un échange de prisonniers.
        AGREED | La conclusion d'un accord de paix a été saluée par les chancelleries occidentales.
        AGREED | Les belligérants se sont entendus sur un cessez-le-feu humanitaire de 72 heures.
        AGREED | Les deux parties se sont entendues sur une trêve à l'occasion de l'Aïd.
        AGREED | Moscou et Kiev se sont mis d'accord sur une trêve de Pâques.
        AGREED | L'Arménie et l'Azerbaïdjan ont convenu d'un cessez-le-feu à partir de minuit.
        AGREED | Un accord de cessez-le-feu a été trouvé dans la nuit de mardi à mercredi, selon la présidence.
        AGREED | Les deux parties ont trouvé un compromis sur un cessez-le-feu.
        AGREED | Le Hamas a accepté la proposition de trêve présentée par les médiateurs.
        AGREED | Le cabinet de sécurité israélien a approuvé l'accord de cessez-le-feu avec le Hezbollah.
        AGREED | L'accord, négocié par le Qatar et l'Égypte, prévoit une trêve de six semaines.
        AGREED | L'annonce d'un accord de cessez-le-feu a été accueillie avec soulagement à Beyrouth.
        AGREED | L'armée a décrété un cessez-le-feu unilatéral de 48 heures.
        AGREED | Washington a salué l'accord de cessez-le-feu entre Kinshasa et Kigali.
        AGREED | Le Hamas a donné son feu vert à la proposition de trêve.
        # --- SIGNED: passive, active, nominalisation, participles in every gender and number
        AGREED SIGNED | L'accord de paix a été signé vendredi à Washington par les deux ministres.
        AGREED SIGNED | Les deux pays ont signé un accord de cessez-le-feu à Doha.
        AGREED SIGNED | La signature de l'accord a eu lieu dimanche au palais présidentiel.
        AGREED SIGNED | Les accords signés à Minsk prévoyaient un retrait des armes lourdes.
        AGREED SIGNED | La trêve, signée sous l'égide de Washington, a été accueillie avec prudence.
        AGREED SIGNED | Le cessez-le-feu signé le 10 novembre a mis un terme à six semaines de combats.
        AGREED SIGNED | Les conventions d'armistice, signées en 1949, restent la référence.
        # --- ENDORSED: the Security Council adopts a resolution backing, endorsing or calling for the truce
        ENDORSED | Le Conseil de sécurité de l'ONU a adopté lundi une résolution soutenant le plan de cessez-le-feu.
        ENDORSED | Le Conseil de sécurité a adopté à l'unanimité une résolution entérinant l'accord de trêve.
        ENDORSED | Le Conseil de sécurité a adopté une résolution appelant à un cessez-le-feu immédiat au Soudan.
        ENDORSED | Une résolution appelant à un cessez-le-feu durable a été adoptée par le Conseil de sécurité.
        ENDORSED | Le Conseil de sécurité de l'ONU a approuvé à l'unanimité le plan de cessez-le-feu.
        # --- IN_FORCE: past forms, participles, nominalisation, holding
        IN_FORCE | La trêve est entrée en vigueur samedi à 06H00 (04H00 GMT).
        IN_FORCE | Le cessez-le-feu, entré en vigueur dimanche à minuit, semble globalement respecté.
        IN_FORCE | Les deux trêves, entrées en vigueur en avril, ont été largement respectées.
        IN_FORCE | Les accords de cessez-le-feu sont entrés en vigueur lundi dans les deux provinces.
        IN_FORCE | L'entrée en vigueur de la trêve, lundi à l'aube, a permis l'acheminement de l'aide.
        IN_FORCE | La trêve est globalement respectée depuis dimanche, selon les observateurs.
        IN_FORCE | Le cessez-le-feu tient toujours malgré quelques incidents isolés.
        IN_FORCE | Le cessez-le-feu reste en vigueur dans l'ensemble du pays.
        IN_FORCE | Un cessez-le-feu est en vigueur depuis le 27 novembre.
        # --- EXTENDED: passive, participles, nominalisations
        AGREED EXTENDED | La trêve a été prolongée de 48 heures, a indiqué le ministère égyptien des Affaires étrangères.
        AGREED EXTENDED | Les belligérants ont accepté la prolongation de la trêve jusqu'à dimanche.
        AGREED EXTENDED | La reconduction du cessez-le-feu pour deux mois a été annoncée jeudi par l'ONU.
        AGREED EXTENDED | Le cessez-le-feu, reconduit à plusieurs reprises, expire samedi.
        AGREED EXTENDED | Les trêves prolongées en juin ont permis l'évacuation de centaines de blessés.
        AGREED EXTENDED | La trêve a été renouvelée pour deux mois, a annoncé l'envoyé de l'ONU.
        AGREED EXTENDED | L'ONU a annoncé la prolongation de la trêve au Yémen.
        # --- VIOLATED: nouns, participles, infinitives of accusations
        VIOLATED | Des violations de la trêve ont été signalées dans le nord de Gaza.
        VIOLATED | Les violations du cessez-le-feu se sont multipliées depuis mardi.
        VIOLATED | Kiev dénonce une violation des termes de l'accord par Moscou.
        VIOLATED | Les deux camps s'accusent mutuellement d'avoir violé le cessez-le-feu.
        VIOLATED | L'armée a accusé les rebelles de violer la trêve dans la région de Kidal.
        VIOLATED | La trêve a été émaillée d'incidents dans la nuit de samedi à dimanche.
        # --- COLLAPSED: past forms, participles, nominalisations
        COLLAPSED | Le cessez-le-feu s'est effondré après trois jours de combats.
        COLLAPSED | L'effondrement de la trêve a été suivi d'une reprise des bombardements.
        COLLAPSED | La rupture du cessez-le-feu a été confirmée par les deux camps.
        COLLAPSED | Le Hamas a annoncé la suspension de l'accord de trêve.
        COLLAPSED | La trêve a pris fin vendredi à minuit et les combats ont repris.
        COLLAPSED | Le cessez-le-feu a volé en éclats dès le premier jour.
        COLLAPSED | La trêve, rompue par une série de frappes, n'aura duré que deux jours.
        COLLAPSED | Les combats ont repris jeudi, mettant fin à une trêve de sept jours.
        COLLAPSED | Les frappes ont repris dès la fin de la trêve, samedi à l'aube.
        - | L'accord met fin à vingt ans de guerre civile, a déclaré le président.
        # --- nothing asserted: negation, future, condition, modality, purpose, generic violations
        - | Les deux camps n'ont pas réussi à s'entendre sur une trêve.
        - | Les parties ne sont pas parvenues à un accord sur le retrait des troupes.
        - | L'accord devrait être signé lundi à Doha, selon un diplomate.
        - | Les deux camps doivent signer l'accord dans les prochains jours.
        - | La signature de l'accord est prévue samedi à Lomé.
        - | L'accord pourrait être signé dès la semaine prochaine.
        - | Le cessez-le-feu doit entrer en vigueur lundi à minuit.
        - | La trêve entrera en vigueur dimanche à 08H00.
        - | L'entrée en vigueur du cessez-le-feu est prévue dimanche à l'aube.
        - | Si la trêve tient, les convois humanitaires pourront entrer à Gaza.
        - | Si le cessez-le-feu est respecté, les déplacés pourront rentrer chez eux.
        - | La trêve pourrait être prolongée de 72 heures, selon des sources diplomatiques.
        - | Le Hamas s'est dit prêt à une prolongation de la trêve.
        - | Une éventuelle prolongation de la trêve sera discutée mardi.
        - | Le gouvernement a refusé d'accepter le cessez-le-feu.
        - | Le Hamas acceptera la trêve à condition qu'Israël retire ses troupes.
        - | La trêve risque de s'effondrer si les frappes se poursuivent.
        - | De violents combats ont précédé l'entrée en vigueur prévue de la trêve.
        - | L'armée riposterait à toute violation du cessez-le-feu.
        - | Les sanctions en vigueur contre Moscou n'ont pas été levées malgré l'accord.
        - | La Russie a opposé son veto à une résolution appelant à un cessez-le-feu.
        - | Le Qatar et l'Égypte tentent d'obtenir une prolongation de la trêve.
        - | Le texte prévoit un cessez-le-feu de soixante jours renouvelable.
        - | Le président a signé mercredi un décret sur le couvre-feu, en marge de la trêve.
        - | Le président a annoncé mardi la tenue d'élections après l'accord de paix.
        - | Le ministre a salué les efforts des médiateurs en vue d'un accord de cessez-le-feu.
        # --- the blocker is in a relative clause closed before the cue; a draft is still negotiated
        AGREED | Le cessez-le-feu, qui doit entrer en vigueur dimanche, a été conclu sous l'égide du Qatar.
        NEGOTIATING | Le Conseil de sécurité se réunira lundi pour examiner un projet de résolution appelant à une trêve.
        ENDORSED | Le Conseil de sécurité a adopté lundi, par 14 voix et une abstention, une résolution qui soutient le plan de paix.
        """)
    void frenchFormsGiveTheirPhases(String expected, String text) {
        assertThat(phases(text)).as(text).containsExactlyElementsOf(parse(expected));
    }

    @Test
    void theArticlePhaseIsTheLatestOfWhatAMiniArticleAsserts() {
        final List<Phase> truce = phases("""
            Israël et le Hamas sont parvenus mercredi à un accord de trêve sous l'égide du Qatar. \
            La trêve, entrée en vigueur jeudi à 07H00, a été prolongée de deux jours. \
            Des tirs sporadiques ont été signalés, chaque camp accusant l'autre de violer le cessez-le-feu.""");
        assertThat(truce).containsExactly(Phase.AGREED, Phase.IN_FORCE, Phase.EXTENDED, Phase.VIOLATED);
        assertThat(PhaseDetector.latest(truce)).isEqualTo(Phase.VIOLATED);

        final List<Phase> talks = phases("""
            Les pourparlers indirects se sont poursuivis lundi au Caire. \
            Aucun accord n'a été trouvé, et une trêve pourrait n'être signée qu'après le ramadan, selon un diplomate.""");
        assertThat(talks).containsExactly(Phase.NEGOTIATING);

        final List<Phase> council = phases("""
            Le Conseil de sécurité a adopté vendredi une résolution soutenant le cessez-le-feu conclu à Doha. \
            Le texte, proposé par les États-Unis, a recueilli quatorze voix.""");
        assertThat(council).containsExactly(Phase.AGREED, Phase.ENDORSED);
        assertThat(PhaseDetector.latest(council)).isEqualTo(Phase.ENDORSED);

        final List<Phase> collapse = phases("""
            La trêve signée en mars n'a pas résisté à la reprise des combats. \
            Sa rupture a été actée mardi par les deux camps, qui se rejettent la responsabilité de l'échec du cessez-le-feu.""");
        assertThat(PhaseDetector.latest(collapse)).isEqualTo(Phase.COLLAPSED);
    }

    @Test
    void accentsCaseAndApostrophesAreNormalisedBeforeMatching() {
        // the participle in every gender and number, with or without capitals, and typographic apostrophes
        assertThat(phases("LE CESSEZ-LE-FEU EST ENTRÉ EN VIGUEUR À MIDI.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("La trêve est entrée en vigueur à midi.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("Les trêves entrées en vigueur samedi tiennent toujours.")).containsExactly(Phase.IN_FORCE);
        assertThat(phases("Les accords entrés en vigueur samedi sont respectés.")).containsExactly(Phase.IN_FORCE);
        for (String signed : List.of("L'accord signé", "La trêve signée", "Les accords signés", "Les trêves signées")) {
            assertThat(phases(signed + " à Doha a été salué.")).as(signed).contains(Phase.SIGNED);
        }
        for (String ext : List.of("Le cessez-le-feu prolongé", "La trêve prolongée", "Les accords prolongés",
            "Les trêves prolongées")) {
            assertThat(phases(ext + " jusqu'à lundi a permis des évacuations.")).as(ext).containsExactly(Phase.AGREED,
                Phase.EXTENDED);
        }
        assertThat(phases("Les pourparlers n’ont pas abouti à un accord.")).containsExactly(Phase.NEGOTIATING);
        assertThat(phases("L’accord de cessez-le-feu a été conclu à l’aube.")).containsExactly(Phase.AGREED);
        assertThat(phases("Ils sont parvenus à l’accord d’un cessez-le-feu.")).containsExactly(Phase.AGREED);
        // the present "entre" and the noun "signe" carry no accent: no assertion
        assertThat(phases("Le cessez-le-feu entre en vigueur lundi.")).isEmpty();
        assertThat(phases("Un signe de détente autour de l'accord.")).isEmpty();
    }

    @Test
    void everyCueRecordsTheEntryThatFoundIt() {
        final List<PhaseCue> found = cues("La trêve a été prolongée de 48 heures.");
        assertThat(found).extracting(PhaseCue::rule).allMatch(r -> r.startsWith("fr."));
    }
}
