package de.koop.adapter.web;

import de.koop.application.port.in.BodyView;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A body's rules (its charter) as sentences a coordinator reads without the founding decision at hand: how
 * often it meets and when next, who convenes it, how it decides, who sits in it and how they are elected;
 * and the words for its formats, roles and states. The rules themselves are the domain's; this only puts
 * them into words.
 */
final class BodySentences {

    private BodySentences() {
    }

    /** "Das Gremium tagt etwa 4-mal im Jahr." */
    static String cadence(Cadence cadence) {
        return "Das Gremium tagt " + cadence.german() + ".";
    }

    /** When it met last and when it must meet next, as koop computed on the view's day. */
    static List<String> dueOn(BodyView view) {
        List<String> sentences = new ArrayList<>();
        view.lastMeeting().ifPresentOrElse(
                last -> sentences.add("Die letzte Sitzung fand am " + GermanFormats.date(last) + " statt."),
                () -> sentences.add("Seit seiner Einrichtung am " + GermanFormats.date(view.body().getEstablishedOn())
                        + " hat das Gremium noch nicht getagt."));
        view.nextMeetingDue().ifPresent(due -> {
            String day = GermanFormats.date(due);
            if (view.overdue()) {
                sentences.add("Die nächste Sitzung war am " + day + " fällig: Das Gremium ist überfällig.");
            } else if (due.isBefore(view.date())) {
                sentences.add("Die nächste Sitzung war am " + day + " fällig.");
            } else {
                sentences.add("Die nächste Sitzung ist bis zum " + day + " fällig.");
            }
        });
        return sentences;
    }

    /** Who convenes, chairs and minutes its meetings (rule 9). */
    static String convening(Optional<ConveningRule> rule, Function<PartnerId, String> names) {
        if (rule.isEmpty()) {
            return "Die Geschäftsordnung legt nicht fest, wer einlädt; koop schlägt daher niemanden vor.";
        }
        return switch (rule.get()) {
            case ConveningRule.Fixed fixed -> "Einladung, Leitung und Protokoll liegen fest bei "
                    + names.apply(fixed.partner()) + ".";
            case ConveningRule.Alternating alternating -> "Einladung, Leitung und Protokoll wechseln von Sitzung zu "
                    + "Sitzung, in dieser Reihenfolge: " + list(alternating.parties().stream().map(names).toList()) + ".";
            case ConveningRule.Rotating rotating -> "Die Geschäftsführung (Einladung, Leitung und Protokoll) wechselt "
                    + (rotating.years() == 1 ? "jedes Jahr" : "alle " + rotating.years() + " Jahre") + ", gerechnet ab dem "
                    + GermanFormats.date(rotating.from()) + ", in dieser Reihenfolge: "
                    + list(rotating.parties().stream().map(names).toList()) + ".";
        };
    }

    /** How it decides, and whether it needs a quorum (rule 11). */
    static List<String> decisions(DecisionRule rule) {
        List<String> sentences = new ArrayList<>();
        sentences.add(switch (rule.kind()) {
            case SIMPLE_MAJORITY_OF_VOTES_CAST -> "Beschlüsse fallen mit der einfachen Mehrheit der abgegebenen "
                    + "Stimmen; Enthaltungen zählen nicht mit.";
            case MAJORITY_OF_MEMBERS_PRESENT -> "Ein Beschluss braucht die Ja-Stimmen von mehr als der Hälfte der "
                    + "anwesenden Mitglieder; Enthaltungen wirken wie Nein-Stimmen.";
            case CONSENSUS -> "Beschlüsse fallen im Konsens: Niemand stimmt dagegen, und mindestens ein Mitglied "
                    + "stimmt dafür.";
        });
        sentences.add(rule.quorumPercent()
                .map(q -> "Beschlussfähig ist das Gremium, wenn mindestens " + q + " % seiner Mitglieder anwesend sind.")
                .orElse("Eine Mindestzahl anwesender Mitglieder ist nicht vorgeschrieben."));
        return sentences;
    }

    static String minutes(boolean required) {
        return required ? "Zu jeder Sitzung ist ein Protokoll vorgeschrieben; ohne Protokoll bleibt die Sitzung offen."
                : "Ein Protokoll ist nicht vorgeschrieben.";
    }

    /** Who sits in it (rule 6). */
    static List<String> composition(Composition composition, Function<PartnerId, String> names) {
        List<String> sentences = new ArrayList<>();
        composition.maxElectedSeats().ifPresent(max -> sentences.add(max == 1 ? "Ein Sitz wird durch Wahl vergeben."
                : "Höchstens " + max + " Sitze werden durch Wahl vergeben."));
        if (composition.speakerOfEachWorkingGroup()) {
            sentences.add("Die Sprecherinnen und Sprecher der Arbeitsgruppen gehören dem Gremium kraft Amtes an.");
        }
        if (!composition.reservedFor().isEmpty()) {
            sentences.add((composition.reservedFor().size() == 1 ? "Ein Sitz ist reserviert für "
                    : "Je ein Sitz ist reserviert für ") + list(composition.reservedFor().stream().map(names).toList())
                    + ".");
        }
        if (composition.memberFromEachChildGroup()) {
            sentences.add("Jede Untergruppe muss mit mindestens einem Mitglied vertreten sein.");
        }
        if (sentences.isEmpty()) {
            sentences.add("Die Geschäftsordnung schreibt keine bestimmte Zusammensetzung vor.");
        }
        return sentences;
    }

    /** How its elected seats are filled (rule 7). */
    static String election(Optional<ElectionRules> rules, Function<BodyId, String> bodyNames) {
        if (rules.isEmpty()) {
            return "Die Sitze werden durch Benennung oder Bereitschaftserklärung vergeben, nicht durch Wahl.";
        }
        ElectionRules election = rules.get();
        String who = election.electorate()
                .map(body -> "Die Mitglieder von „" + bodyNames.apply(body) + "“ wählen")
                .orElse("Jede Untergruppe wählt aus ihren Mitgliedern");
        String term = election.termYears() == 1 ? "ein Jahr" : election.termYears() + " Jahre";
        String again = election.maxConsecutiveTerms()
                .map(max -> max == 1 ? "eine Wiederwahl ist nicht zulässig"
                        : "höchstens " + max + " Amtszeiten in Folge sind zulässig")
                .orElse("eine Wiederwahl ist möglich");
        return who + " für " + term + "; " + again + ".";
    }

    /** Whether it exists for a limited time only. */
    static String lifetime(LocalDate establishedOn, Optional<LocalDate> temporaryUntil) {
        return "Eingerichtet am " + GermanFormats.date(establishedOn)
                + temporaryUntil.map(until -> ", befristet bis zum " + GermanFormats.date(until)).orElse("") + ".";
    }

    static String format(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> "Präsenzsitzung";
            case VIRTUAL -> "Videokonferenz";
            case HYBRID -> "Hybride Sitzung (vor Ort und per Video)";
        };
    }

    static String role(SeatRole role) {
        return switch (role) {
            case MEMBER -> "Mitglied";
            case SPEAKER -> "Sprecher/in";
            case CHAIR -> "Vorsitz";
            case DEPUTY -> "Stellvertretung";
            case DELEGATE -> "Delegiert";
            case GUEST -> "Gast (ohne Stimme)";
        };
    }

    static String basis(SeatBasis basis) {
        return switch (basis) {
            case ELECTED -> "gewählt";
            case APPOINTED -> "benannt";
            case EX_OFFICIO -> "kraft Amtes";
            case READINESS_DECLARATION -> "Bereitschaftserklärung";
        };
    }

    /** "Geplant", "Eingeladen", … */
    static String state(MeetingState state) {
        String german = state.german();
        return Character.toUpperCase(german.charAt(0)) + german.substring(1);
    }

    /** An agenda item's standing: a required topic, proposed (perhaps carried over), accepted or deferred. */
    static String itemStatus(AgendaItem item) {
        if (item.required()) {
            return "Pflichtthema";
        }
        String status = switch (item.status()) {
            case PROPOSED -> "Vorgeschlagen";
            case ACCEPTED -> "Aufgenommen";
            case DEFERRED -> "Vertagt auf die nächste Sitzung";
        };
        return item.carriedOver() ? status + " (aus einer früheren Sitzung vertagt)" : status;
    }

    /** "A", "A und B", "A, B und C". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " und " + items.getLast();
    }
}
