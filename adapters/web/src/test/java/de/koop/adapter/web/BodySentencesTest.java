package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.BodyView;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BodySentencesTest {

    private static final PartnerId CITY = PartnerId.newId();
    private static final PartnerId AOK = PartnerId.newId();
    private static final PartnerId LWL = PartnerId.newId();
    private static final Function<PartnerId, String> NAMES = Map.of(CITY, "Stadt Leipzig", AOK, "AOK PLUS",
            LWL, "LWL")::get;

    @Test
    void whoConvenesIsSaidForEachKindOfRule() {
        assertThat(BodySentences.convening(Optional.of(new ConveningRule.Fixed(CITY)), NAMES))
                .isEqualTo("Einladung, Leitung und Protokoll liegen fest bei Stadt Leipzig.");
        assertThat(BodySentences.convening(Optional.of(new ConveningRule.Alternating(List.of(CITY, AOK, LWL))), NAMES))
                .isEqualTo("Einladung, Leitung und Protokoll wechseln von Sitzung zu Sitzung, in dieser Reihenfolge: "
                        + "Stadt Leipzig, AOK PLUS und LWL.");
        assertThat(BodySentences.convening(Optional.of(new ConveningRule.Rotating(List.of(LWL, CITY), 2,
                LocalDate.of(2021, 1, 1))), NAMES)).isEqualTo("Die Geschäftsführung (Einladung, Leitung und Protokoll) "
                + "wechselt alle 2 Jahre, gerechnet ab dem 01.01.2021, in dieser Reihenfolge: LWL und Stadt Leipzig.");
        assertThat(BodySentences.convening(Optional.empty(), NAMES))
                .isEqualTo("Die Geschäftsordnung legt nicht fest, wer einlädt; koop schlägt daher niemanden vor.");
    }

    @Test
    void theMajorityAndTheQuorumAreSaid() {
        assertThat(BodySentences.decisions(new DecisionRule(DecisionRule.Kind.MAJORITY_OF_MEMBERS_PRESENT,
                Optional.of(50)))).containsExactly("Ein Beschluss braucht die Ja-Stimmen von mehr als der Hälfte der "
                + "anwesenden Mitglieder; Enthaltungen wirken wie Nein-Stimmen.",
                "Beschlussfähig ist das Gremium, wenn mindestens 50 % seiner Mitglieder anwesend sind.");
        assertThat(BodySentences.decisions(new DecisionRule(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST,
                Optional.empty()))).containsExactly("Beschlüsse fallen mit der einfachen Mehrheit der abgegebenen "
                + "Stimmen; Enthaltungen zählen nicht mit.", "Eine Mindestzahl anwesender Mitglieder ist nicht vorgeschrieben.");
    }

    @Test
    void theCompositionAndTheElectionAreSaid() {
        assertThat(BodySentences.composition(new Composition(Optional.of(10), true, List.of(CITY), true), NAMES))
                .containsExactly("Höchstens 10 Sitze werden durch Wahl vergeben.",
                        "Die Sprecherinnen und Sprecher der Arbeitsgruppen gehören dem Gremium kraft Amtes an.",
                        "Ein Sitz ist reserviert für Stadt Leipzig.",
                        "Jede Untergruppe muss mit mindestens einem Mitglied vertreten sein.");
        assertThat(BodySentences.composition(Composition.open(), NAMES))
                .containsExactly("Die Geschäftsordnung schreibt keine bestimmte Zusammensetzung vor.");
        BodyId conference = BodyId.newId();
        assertThat(BodySentences.election(Optional.of(new ElectionRules(Optional.of(conference), 1, Optional.of(1))),
                Map.of(conference, "Netzwerkkonferenz")::get))
                .isEqualTo("Die Mitglieder von „Netzwerkkonferenz“ wählen für ein Jahr; eine Wiederwahl ist nicht zulässig.");
        assertThat(BodySentences.election(Optional.of(new ElectionRules(Optional.empty(), 2, Optional.empty())), b -> ""))
                .isEqualTo("Jede Untergruppe wählt aus ihren Mitgliedern für 2 Jahre; eine Wiederwahl ist möglich.");
        assertThat(BodySentences.election(Optional.empty(), b -> ""))
                .isEqualTo("Die Sitze werden durch Benennung oder Bereitschaftserklärung vergeben, nicht durch Wahl.");
    }

    @Test
    void whenTheBodyMustMeetIsSaidAsKoopComputedIt() {
        Body body = Body.establish(BodyId.newId(), NetworkId.newId(), BodyKind.STEERING_GROUP, "Steuerungsgruppe", null,
                LocalDate.of(2021, 2, 1), null, new Charter(Set.of(MeetingFormat.IN_PERSON), false,
                        new DecisionRule(DecisionRule.Kind.CONSENSUS, Optional.empty()),
                        new Cadence.TimesAYear(4, Cadence.TimesAYear.Frequency.ABOUT), List.of(), Optional.empty(),
                        Composition.open(), Optional.empty(), Optional.empty()));
        LocalDate today = LocalDate.of(2026, 6, 15);

        assertThat(BodySentences.dueOn(new BodyView(body, today, List.of(), List.of(), Optional.empty(),
                Optional.of(LocalDate.of(2021, 5, 1)), true, Optional.empty()))).containsExactly(
                "Seit seiner Einrichtung am 01.02.2021 hat das Gremium noch nicht getagt.",
                "Die nächste Sitzung war am 01.05.2021 fällig: Das Gremium ist überfällig.");
        assertThat(BodySentences.dueOn(new BodyView(body, today, List.of(), List.of(), Optional.of(LocalDate.of(2026, 4, 2)),
                Optional.of(LocalDate.of(2026, 7, 2)), false, Optional.empty()))).containsExactly(
                "Die letzte Sitzung fand am 02.04.2026 statt.", "Die nächste Sitzung ist bis zum 02.07.2026 fällig.");
        assertThat(BodySentences.cadence(body.getCadence())).isEqualTo("Das Gremium tagt etwa 4-mal im Jahr.");
    }

    @Test
    void anAgendaItemSaysWhereItStands() {
        assertThat(BodySentences.itemStatus(new AgendaItem(1, "Bericht", "Konferenz", AgendaItem.Status.ACCEPTED, true,
                false))).isEqualTo("Pflichtthema");
        assertThat(BodySentences.itemStatus(new AgendaItem(2, "Wohnen", "Jana Vogel", AgendaItem.Status.PROPOSED, false,
                true))).isEqualTo("Vorgeschlagen (aus einer früheren Sitzung vertagt)");
        assertThat(BodySentences.itemStatus(new AgendaItem(3, "Fachtag", "Jana Vogel", AgendaItem.Status.DEFERRED, false,
                false))).isEqualTo("Vertagt auf die nächste Sitzung");
    }
}
