package de.koop.adapter.web;

import de.koop.application.port.in.TerminationPreviewQuery.TerminationPreview;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TermStatus;
import de.koop.domain.agreement.TerminationRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agreement's rules as sentences a coordinator reads without the contract at hand: how long it runs,
 * whether and how it renews, when it is reviewed, and how a party terminates; with the days koop computes
 * from them (when the current term ends, when a termination received today would take effect). The rules
 * themselves are the domain's; this only puts them into words.
 */
final class AgreementSentences {

    private AgreementSentences() {
    }

    /** The term, its renewal and its review, as agreed. */
    static List<String> term(Agreement agreement) {
        List<String> sentences = new ArrayList<>();
        switch (agreement.getTerm()) {
            case Term.Unlimited unlimited -> sentences.add("Die Vereinbarung gilt unbefristet.");
            case Term.Fixed fixed -> {
                LocalDate effective = agreement.firstEffectiveDate();
                sentences.add(fixed.start() == TermStart.EFFECTIVE_DATE
                        ? "Die Vereinbarung läuft " + years(fixed.years()) + " ab ihrem Inkrafttreten am "
                                + GermanFormats.date(effective) + "."
                        : "Die Vereinbarung läuft " + years(fixed.years()) + ", gerechnet vom Ende des Jahres "
                                + effective.getYear() + ", in dem sie in Kraft trat.");
                if (fixed.renewal() == RenewalRule.NONE) {
                    sentences.add("Mit dem Ende der Laufzeit endet sie; eine Verlängerung ist nicht vorgesehen.");
                } else {
                    sentences.add("Vor dem Ende jeder Laufzeit überprüfen die Parteien die Vereinbarung. Ergibt die "
                            + "Überprüfung keinen Änderungsbedarf, verlängert sie sich "
                            + (fixed.years() == 1 ? "um ein weiteres Jahr" : "um weitere " + fixed.years() + " Jahre")
                            + "; ergibt sie Änderungsbedarf, gilt sie fort, bis eine "
                            + "Nachfolgevereinbarung sie ablöst.");
                    sentences.add(fixed.reviewMonthsBefore() == 0
                            ? "Die Überprüfung ist spätestens am letzten Tag der Laufzeit fällig."
                            : "Die Überprüfung ist " + months(fixed.reviewMonthsBefore())
                                    + " vor dem Ende der Laufzeit fällig.");
                }
            }
        }
        return sentences;
    }

    /** Where the term stands on {@code day}: when it ends, when the review is due; nothing for an unlimited one. */
    static List<String> termOn(Agreement agreement, LocalDate day) {
        if (agreement.getTerm() instanceof Term.Unlimited) {
            return List.of();
        }
        TermStatus status = agreement.termOn(day);
        if (status.continuesUntilSuccessor()) {
            return List.of("Eine Überprüfung hat Änderungsbedarf festgestellt: Die Vereinbarung gilt fort, bis eine "
                    + "Nachfolgevereinbarung sie ablöst.");
        }
        LocalDate termEnd = status.termEnd().orElseThrow();
        String end = GermanFormats.date(termEnd);
        if (status.expired()) {
            return List.of("Die Laufzeit ist am " + end + " abgelaufen; die Vereinbarung gilt nicht mehr.");
        }
        List<String> sentences = new ArrayList<>();
        // a term that renews on review goes on past its end until the review is recorded
        sentences.add(termEnd.isBefore(day) ? "Die Laufzeit endete am " + end + "."
                : "Die laufende Laufzeit endet am " + end + ".");
        status.reviewDue().ifPresent(due -> sentences.add(status.reviewOverdue()
                ? "Die Überprüfung war am " + GermanFormats.date(due) + " fällig und ist noch nicht erfasst."
                : "Die nächste Überprüfung ist am " + GermanFormats.date(due) + " fällig."));
        return sentences;
    }

    /**
     * How a party terminates, and with a notice period the day a termination received on {@code day} would
     * take effect, as koop would compute it.
     */
    static List<String> termination(Agreement agreement, LocalDate day) {
        List<String> sentences = new ArrayList<>();
        switch (agreement.getTerminationRule()) {
            case TerminationRule.AnyTime any -> sentences.add("Jede Partei kann jederzeit kündigen. Die Kündigung "
                    + "wird mit ihrem Zugang wirksam oder zu einem späteren Tag, den die Partei nennt.");
            case TerminationRule.Excluded excluded -> sentences.add(agreement.getTerm() instanceof Term.Unlimited
                    ? "Eine ordentliche Kündigung ist ausgeschlossen. Die Vereinbarung endet erst, wenn eine "
                            + "Nachfolgevereinbarung sie ablöst."
                    : "Eine ordentliche Kündigung ist ausgeschlossen. Die Vereinbarung endet mit ihrer Laufzeit "
                            + "oder wenn eine Nachfolgevereinbarung sie ablöst.");
            case TerminationRule.WithNotice notice -> {
                sentences.add("Jede Partei kann kündigen. Die Kündigungsfrist beträgt "
                        + notice.notice().germanDuration() + ".");
                if (notice.writtenForm()) {
                    sentences.add("Die Kündigung muss schriftlich erfolgen.");
                }
                if (!day.isBefore(agreement.firstEffectiveDate())) {
                    sentences.add("Geht eine Kündigung am " + GermanFormats.date(day) + " ein, ist die Partei bis "
                            + "einschließlich " + GermanFormats.date(agreement.terminationEffectiveDate(day, null))
                            + " gebunden.");
                }
            }
        }
        if (agreement.isSuccessorRequired() && !(agreement.getTerminationRule() instanceof TerminationRule.Excluded)) {
            sentences.add("Nach einer Kündigung schließen die Parteien bis zu ihrem Wirksamwerden eine "
                    + "Nachfolgevereinbarung.");
        }
        return sentences;
    }

    /** The day a termination takes effect, as a sentence that stands above the reasons. */
    static String terminationTakesEffect(TerminationPreview preview) {
        return "Die Kündigung wird zum " + GermanFormats.date(preview.effectiveOn()) + " wirksam.";
    }

    /**
     * Why a termination takes effect on the day koop computed for it: the agreement's rule, and whether the day
     * of receipt or the later day the partner asked for gave the day; what the rule also asks (written form, a
     * successor).
     */
    static List<String> terminationReasons(TerminationPreview preview) {
        List<String> sentences = new ArrayList<>();
        String received = GermanFormats.date(preview.receivedOn());
        String effective = GermanFormats.date(preview.effectiveOn());
        String requested = preview.requestedOn().map(GermanFormats::date).orElse("");
        switch (preview.rule()) {
            case TerminationRule.AnyTime any -> sentences.add("Nach der Vereinbarung kann jede Partei jederzeit "
                    + "kündigen. Die Kündigung wirkt daher " + (preview.requestDecides()
                    ? "zu dem späteren Tag, den der Partner genannt hat, dem " + requested + "."
                    : "mit ihrem Eingang am " + received + "."));
            case TerminationRule.WithNotice notice -> {
                sentences.add("Die Kündigungsfrist beträgt " + notice.notice().germanDuration() + ".");
                if (preview.requestDecides()) {
                    sentences.add("Der Partner hat die Kündigung zum " + requested + " erklärt, später als die Frist "
                            + "es verlangt" + (notice.notice().end() == PeriodEnd.NONE ? "; sie wirkt zu diesem Tag."
                            : "; wirksam werden kann sie nur " + notice.notice().end().german() + "."));
                } else {
                    sentences.add("Vom Eingang der Kündigung am " + received + " an gerechnet ist der " + effective
                            + " der früheste Tag, zu dem sie wirken kann.");
                    if (preview.requestedOn().filter(day -> day.isBefore(preview.effectiveOn())).isPresent()) {
                        sentences.add("Der Partner hat den " + requested + " genannt; so früh lässt die "
                                + "Kündigungsfrist die Kündigung nicht zu.");
                    }
                }
                if (notice.writtenForm()) {
                    sentences.add("Die Kündigung muss schriftlich erfolgen.");
                }
            }
            case TerminationRule.Excluded excluded -> sentences.add("Eine ordentliche Kündigung ist ausgeschlossen.");
        }
        preview.successorDueBy().ifPresent(due -> sentences.add("Nach der Vereinbarung schließen die Parteien bis zum "
                + GermanFormats.date(due) + " eine Nachfolgevereinbarung."));
        return sentences;
    }

    private static String years(int years) {
        return years == 1 ? "ein Jahr" : years + " Jahre";
    }

    private static String months(int months) {
        return months == 1 ? "einen Monat" : months + " Monate";
    }
}
