package de.koop.adapter.web;

import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.RecordDeclarationUseCase.TerminationCommand;
import de.koop.application.port.in.SignInUseCase;
import de.koop.application.port.in.TerminationPreviewQuery;
import de.koop.application.port.in.TerminationPreviewQuery.TerminationPreview;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A termination in two steps, as a change with legal effect should be: the form, then a check that shows the
 * day the termination takes effect and the rule that gives it (computed by the application, as recording
 * will compute it), then recording on confirmation. "Ändern" leads back to the form with everything typed.
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/erklaerungen/kuendigung")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TerminationPages {

    /** The form's fields, in the order of the page; the check carries them on unseen. */
    private static final List<String> FIELDS = List.of("vereinbarung", "partner", "gewuenschtAm", "eingegangenAm",
            "erfasstVon");
    private static final Map<String, FormErrors.Field> TERMINATION_FIELDS = DeclarationPages.withReceipt(Map.of(
            "agreementId", new FormErrors.Field("vereinbarung", "Die Vereinbarung"),
            "requestedOn", new FormErrors.Field("gewuenschtAm", "Der gewünschte Tag")));

    private final FindNetworksQuery networks;
    private final FindPartnersQuery partners;
    private final FindAgreementsQuery agreements;
    private final TerminationPreviewQuery previews;
    private final RecordDeclarationUseCase record;
    private final SignInUseCase accounts;
    private final WebSessions sessions;
    private final Clock clock;

    public TerminationPages(FindNetworksQuery networks, FindPartnersQuery partners, FindAgreementsQuery agreements,
                            TerminationPreviewQuery previews, RecordDeclarationUseCase record, SignInUseCase accounts,
                            WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.partners = partners;
        this.agreements = agreements;
        this.previews = previews;
        this.record = record;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The form as sent: the command it makes (empty, with the messages beside the fields, when it is not
     * complete), and the agreement and partner it names, to speak of them.
     */
    private record Filled(FormErrors errors, Optional<TerminationCommand> command, String agreement, String partner) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> form(HttpRequest<?> request, Authentication authentication,
                                            @PathVariable String networkId) {
        return formPage(request, HttpStatus.OK, NetworkPages.networkId(networkId),
                DeclarationPages.proposed(accounts, authentication, clock), new FormErrors());
    }

    /** The check: what koop would record, and the day it takes effect; nothing is recorded yet. */
    @Post(uri = "/pruefung", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> check(HttpRequest<?> request, @PathVariable String networkId,
                                             @Body Map<String, String> form) {
        NetworkId id = NetworkPages.networkId(networkId);
        Map<String, String> typed = DeclarationPages.stripped(form);
        Filled filled = filled(id, typed);
        if (filled.command().isPresent()) {
            try {
                TerminationPreview preview = previews.preview(filled.command().get());
                List<DeclarationViews.Hidden> values = FIELDS.stream()
                        .map(f -> new DeclarationViews.Hidden(f, typed.getOrDefault(f, ""))).toList();
                DeclarationViews.TerminationCheck check = new DeclarationViews.TerminationCheck(filled.agreement(),
                        filled.partner(), GermanFormats.date(preview.receivedOn()),
                        preview.requestedOn().map(GermanFormats::date).orElse("kein Tag genannt"),
                        filled.command().get().receipt().recordedBy(),
                        AgreementSentences.terminationTakesEffect(preview),
                        AgreementSentences.terminationReasons(preview),
                        "Bis einschließlich " + GermanFormats.date(preview.effectiveOn()) + " bleibt „"
                                + filled.partner() + "“ an die Vereinbarung gebunden.", values);
                return Html.page(Pages.TEMPLATES.terminationCheck(chrome(request), networks.find(id).getName(),
                        id.toString(), check));
            } catch (InvalidValueException | RuleViolationException e) {
                refused(e, filled.errors());
            }
        }
        return formPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, typed, filled.errors());
    }

    /** Records the termination checked before, or ({@code aktion=aendern}) leads back to the form. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> confirm(HttpRequest<?> request, @PathVariable String networkId,
                                               @Body Map<String, String> form) {
        NetworkId id = NetworkPages.networkId(networkId);
        Map<String, String> typed = DeclarationPages.stripped(form);
        String action = typed.getOrDefault("aktion", "");
        if (action.equals("aendern")) {
            return formPage(request, HttpStatus.OK, id, typed, new FormErrors());
        }
        if (!action.equals("erfassen")) {
            // the check page's own buttons: anything else was not sent by it
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "aktion");
        }
        Filled filled = filled(id, typed);
        if (filled.command().isPresent()) {
            try {
                Termination termination = record.recordTermination(filled.command().get());
                Flash.confirm(request, "Die Kündigung von „" + filled.partner() + "“ zur Vereinbarung „"
                        + filled.agreement() + "“ ist erfasst. Sie wird zum "
                        + GermanFormats.date(termination.effectiveOn()) + " wirksam.");
                return Html.redirect(WebPaths.declarations(id.toString()));
            } catch (InvalidValueException | RuleViolationException e) {
                refused(e, filled.errors());
            }
        }
        return formPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, typed, filled.errors());
    }

    private Filled filled(NetworkId id, Map<String, String> typed) {
        FormErrors errors = new FormErrors();
        Optional<Agreement> agreement = agreement(agreements.list(id), typed.get("vereinbarung"));
        if (agreement.isEmpty()) {
            errors.add("vereinbarung", "Bitte wählen Sie die Vereinbarung, die gekündigt wird.");
        }
        Map<PartnerId, String> names = PartnerNames.of(partners, id);
        Optional<PartnerId> partner = DeclarationPages.chosenPartner(names, typed.get("partner"));
        if (partner.isEmpty()) {
            errors.add("partner", "Bitte wählen Sie den Partner, der kündigt.");
        }
        String requestedTyped = typed.getOrDefault("gewuenschtAm", "");
        Optional<LocalDate> requestedOn = requestedTyped.isEmpty() ? Optional.empty()
                : errors.date("gewuenschtAm", "Gewünscht zum", requestedTyped, "");
        Optional<LocalDate> receivedOn = errors.date("eingegangenAm", "Eingegangen am", typed.get("eingegangenAm"),
                "Bitte geben Sie an, an welchem Tag die Kündigung eingegangen ist.");
        DeclarationPages.required(errors, typed, "erfasstVon", "Bitte geben Sie an, wer die Kündigung erfasst.");
        Optional<TerminationCommand> command = errors.any() ? Optional.empty()
                : errors.value(TERMINATION_FIELDS, () -> new TerminationCommand(id, agreement.get().getId(),
                        partner.get(), requestedOn, new RecordDeclarationUseCase.Receipt(receivedOn.get(),
                        typed.get("erfasstVon"))));
        return new Filled(errors, command, agreement.map(Agreement::getTitle).orElse(""),
                partner.map(names::get).orElse(""));
    }

    /** A refusal of the use case beside the field it concerns. */
    private static void refused(RuntimeException refusal, FormErrors errors) {
        if (refusal instanceof InvalidValueException invalid) {
            errors.refused(invalid, TERMINATION_FIELDS);
        } else if (refusal instanceof RuleViolationException violation) {
            errors.add(switch (violation.rule()) {
                case TERMINATION_EXCLUDED -> "vereinbarung";
                case PARTNER_NOT_BOUND, PARTNER_ALREADY_TERMINATED -> "partner";
                default -> FormErrors.FORM;
            }, violation.getMessage());
        }
    }

    private MutableHttpResponse<String> formPage(HttpRequest<?> request, HttpStatus status, NetworkId id,
                                                 Map<String, String> typed, FormErrors errors) {
        String chosen = typed.getOrDefault("vereinbarung", "");
        List<Views.Option> offered = new ArrayList<>();
        offered.add(new Views.Option("", "Bitte wählen", chosen.isEmpty()));
        agreements.list(id).stream()
                .sorted(Comparator.comparing(Agreement::getTitle, DeclarationPages.GERMAN_ORDER))
                .forEach(a -> offered.add(new Views.Option(a.getId().toString(), a.getTitle(),
                        a.getId().toString().equals(chosen))));
        DeclarationViews.TerminationForm form = new DeclarationViews.TerminationForm(offered,
                DeclarationPages.partnerOptions(PartnerNames.of(partners, id), typed.get("partner"),
                        "Bitte wählen"),
                typed.getOrDefault("gewuenschtAm", ""), typed.getOrDefault("eingegangenAm", ""),
                typed.getOrDefault("erfasstVon", ""), errors);
        return Html.page(status, Pages.TEMPLATES.termination(chrome(request), networks.find(id).getName(),
                id.toString(), form, GermanFormats.date(LocalDate.now(clock))));
    }

    /** The network's agreement the form names. */
    private static Optional<Agreement> agreement(List<Agreement> offered, String typed) {
        return offered.stream().filter(a -> a.getId().toString().equals(typed)).findFirst();
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }
}
