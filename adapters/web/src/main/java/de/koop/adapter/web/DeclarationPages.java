package de.koop.adapter.web;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindDeclarationsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.SignInUseCase;
import de.koop.domain.access.User;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A network's declarations: the list, in the order they were received, and the forms that record an accession
 * (as the paper accession declaration asks it) and a readiness declaration. Terminations are recorded on
 * {@link TerminationPages}, which shows the day one takes effect before it is recorded.
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/erklaerungen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DeclarationPages {

    /** The value of a ticked checkbox. */
    static final String TICKED = "ja";
    /** Names in the order of a German list: Ä with A, not after Z. */
    static final Comparator<String> GERMAN_ORDER = Collator.getInstance(Locale.GERMANY)::compare;
    private static final String BODY_FIELD = "ag-";

    /** The fields every declaration form has, by the use cases' names for them. */
    private static final Map<String, FormErrors.Field> RECEIPT_FIELDS = Map.of(
            "partnerId", new FormErrors.Field("partner", "Der Partner"),
            "receivedOn", new FormErrors.Field("eingegangenAm", "Der Tag des Eingangs"),
            "recordedBy", new FormErrors.Field("erfasstVon", "Der Name unter „Erfasst von“"));
    private static final Map<String, FormErrors.Field> ACCESSION_FIELDS = withReceipt(Map.of(
            "agreementId", new FormErrors.Field("vereinbarung", "Die Vereinbarung"),
            "acceptedVersion", new FormErrors.Field("vereinbarung", "Die anerkannte Fassung"),
            "organisation", new FormErrors.Field("einrichtung", "Die Einrichtung"),
            "name", new FormErrors.Field("name", "Der Name der Ansprechperson"),
            "phone", new FormErrors.Field("telefon", "Die Telefonnummer"),
            "email", new FormErrors.Field("email", "Die E-Mail-Adresse"),
            "noCommercialSelfInterest", new FormErrors.Field("keinEigeninteresse", "Die Erklärung fehlt;"),
            "signedOn", new FormErrors.Field("unterzeichnetAm", "Der Tag der Unterschrift")));
    private static final Map<String, FormErrors.Field> READINESS_FIELDS = withReceipt(Map.of(
            "personName", new FormErrors.Field("name", "Der Name"),
            "email", new FormErrors.Field("email", "Die E-Mail-Adresse"),
            "workingGroups", new FormErrors.Field("arbeitsgruppen", "Die Arbeitsgruppen:")));

    private final FindNetworksQuery networks;
    private final FindDeclarationsQuery declarations;
    private final RecordDeclarationUseCase record;
    private final FindPartnersQuery partners;
    private final FindAgreementsQuery agreements;
    private final FindBodiesQuery bodies;
    private final HiddenContactsQuery hiddenContacts;
    private final SignInUseCase accounts;
    private final WebSessions sessions;
    private final Clock clock;

    public DeclarationPages(FindNetworksQuery networks, FindDeclarationsQuery declarations,
                            RecordDeclarationUseCase record, FindPartnersQuery partners, FindAgreementsQuery agreements,
                            FindBodiesQuery bodies, HiddenContactsQuery hiddenContacts, SignInUseCase accounts,
                            WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.declarations = declarations;
        this.record = record;
        this.partners = partners;
        this.agreements = agreements;
        this.bodies = bodies;
        this.hiddenContacts = hiddenContacts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> list(HttpRequest<?> request, @PathVariable String networkId,
                                            @QueryValue(defaultValue = "1") String seite) {
        NetworkId id = NetworkPages.networkId(networkId);
        String networkName = networks.find(id).getName();
        Page<Declaration> page = declarations.list(id, new PageRequest(NetworkPages.pageIndex(seite),
                PageRequest.DEFAULT_SIZE));
        Map<PartnerId, String> names = PartnerNames.of(partners, id);
        Map<AgreementId, Agreement> byId = agreements.list(id).stream()
                .collect(Collectors.toMap(Agreement::getId, Function.identity()));
        Set<PartnerId> hidden = new HashSet<>(hiddenContacts.hiddenContacts(id));
        String network = id.toString();
        List<DeclarationViews.Row> rows = page.items().stream().map(d -> row(d, network, names, byId, hidden)).toList();
        return Html.page(Pages.TEMPLATES.declarations(chrome(request), networkName, network, Flash.take(request), rows,
                NetworkPages.pager(page, n -> WebPaths.declarations(network) + "?seite=" + n)));
    }

    @Get(uri = "/beitritt", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> accessionForm(HttpRequest<?> request, Authentication authentication,
                                                     @PathVariable String networkId) {
        return accessionPage(request, HttpStatus.OK, NetworkPages.networkId(networkId),
                proposed(accounts, authentication, clock), new FormErrors());
    }

    @Post(uri = "/beitritt", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> recordAccession(HttpRequest<?> request, @PathVariable String networkId,
                                                       @Body Map<String, String> form) {
        NetworkId id = NetworkPages.networkId(networkId);
        Map<String, String> typed = stripped(form);
        FormErrors errors = new FormErrors();
        Map<PartnerId, String> names = PartnerNames.of(partners, id);
        Optional<PartnerId> partner = chosenPartner(names, typed.get("partner"));
        if (partner.isEmpty()) {
            errors.add("partner", "Bitte wählen Sie den Partner, der beitritt.");
        }
        Optional<AgreementId> agreement = agreementOf(typed.get("vereinbarung"));
        Optional<Integer> version = versionOf(typed.get("vereinbarung"));
        if (agreement.isEmpty() || version.isEmpty()) {
            errors.add("vereinbarung", "Bitte wählen Sie die Vereinbarung und die Fassung, die der Partner anerkennt.");
        }
        required(errors, typed, "einrichtung", "Bitte geben Sie die Einrichtung an, wie sie auf der Erklärung steht.");
        required(errors, typed, "name", "Bitte geben Sie den Namen der Ansprechperson an.");
        Optional<PhoneNumber> phone = required(errors, typed, "telefon",
                "Bitte geben Sie die Telefonnummer der Ansprechperson an.")
                ? errors.value(ACCESSION_FIELDS, () -> new PhoneNumber(typed.get("telefon"))) : Optional.empty();
        Optional<EmailAddress> email = required(errors, typed, "email",
                "Bitte geben Sie die E-Mail-Adresse der Ansprechperson an.")
                ? errors.value(ACCESSION_FIELDS, () -> new EmailAddress(typed.get("email"))) : Optional.empty();
        Optional<LocalDate> signedOn = errors.date("unterzeichnetAm", "Unterschrieben am", typed.get("unterzeichnetAm"),
                "Bitte geben Sie an, an welchem Tag die Erklärung unterschrieben wurde.");
        Optional<LocalDate> receivedOn = errors.date("eingegangenAm", "Eingegangen am", typed.get("eingegangenAm"),
                "Bitte geben Sie an, an welchem Tag die Erklärung eingegangen ist.");
        required(errors, typed, "erfasstVon", "Bitte geben Sie an, wer die Erklärung erfasst.");
        Optional<AccessionContact> contact = phone.isEmpty() || email.isEmpty() ? Optional.empty()
                : errors.value(ACCESSION_FIELDS, () -> new AccessionContact(typed.get("einrichtung"), typed.get("name"),
                        phone.get(), email.get()));
        if (!errors.any()) {
            try {
                Accession accession = record.recordAccession(new RecordDeclarationUseCase.AccessionCommand(id,
                        agreement.get(), partner.get(), version.get(), contact.orElseThrow(),
                        ticked(typed, "logo"), ticked(typed, "kontaktdaten"), ticked(typed, "keinEigeninteresse"),
                        signedOn.get(),
                        new RecordDeclarationUseCase.Receipt(receivedOn.get(), typed.get("erfasstVon"))));
                Flash.confirm(request, "Der Beitritt von „" + names.get(partner.get()) + "“ zur Vereinbarung „"
                        + agreements.find(id, accession.agreementId()).getTitle() + "“ (Fassung "
                        + accession.acceptedVersion() + ") ist erfasst, eingegangen am "
                        + GermanFormats.date(accession.receivedOn()) + ".");
                return Html.redirect(WebPaths.declarations(id.toString()));
            } catch (InvalidValueException e) {
                errors.refused(e, ACCESSION_FIELDS);
            } catch (RuleViolationException e) {
                errors.add(switch (e.rule()) {
                    case PARTNER_ALREADY_BOUND -> "partner";
                    case AGREEMENT_NOT_IN_FORCE -> "vereinbarung";
                    default -> FormErrors.FORM;
                }, e.getMessage());
            }
        }
        return accessionPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, typed, errors);
    }

    @Get(uri = "/bereitschaft", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> readinessForm(HttpRequest<?> request, Authentication authentication,
                                                     @PathVariable String networkId) {
        return readinessPage(request, HttpStatus.OK, NetworkPages.networkId(networkId),
                proposed(accounts, authentication, clock), new FormErrors());
    }

    @Post(uri = "/bereitschaft", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> recordReadiness(HttpRequest<?> request, @PathVariable String networkId,
                                                       @Body Map<String, String> form) {
        NetworkId id = NetworkPages.networkId(networkId);
        Map<String, String> typed = stripped(form);
        FormErrors errors = new FormErrors();
        Map<PartnerId, String> names = PartnerNames.of(partners, id);
        String partnerTyped = typed.getOrDefault("partner", "");
        Optional<PartnerId> partner = chosenPartner(names, partnerTyped);
        if (!partnerTyped.isEmpty() && partner.isEmpty()) {
            errors.add("partner", "Bitte wählen Sie einen Partner des Netzwerks oder „Ohne Partner“.");
        }
        required(errors, typed, "name", "Bitte geben Sie den Namen der Person an, die mitwirken will.");
        String emailTyped = typed.getOrDefault("email", "");
        Optional<EmailAddress> email = emailTyped.isEmpty() ? Optional.empty()
                : errors.value(READINESS_FIELDS, () -> new EmailAddress(emailTyped));
        List<String> groups = new ArrayList<>();
        groupChoices(id, typed).stream().filter(DeclarationViews.Choice::checked)
                .forEach(choice -> groups.add(choice.label()));
        typed.getOrDefault("weitere", "").lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(groups::add);
        if (groups.isEmpty()) {
            errors.add("arbeitsgruppen", "Bitte wählen oder nennen Sie mindestens eine Arbeitsgruppe.");
        }
        Optional<LocalDate> receivedOn = errors.date("eingegangenAm", "Eingegangen am", typed.get("eingegangenAm"),
                "Bitte geben Sie an, an welchem Tag die Erklärung eingegangen ist.");
        required(errors, typed, "erfasstVon", "Bitte geben Sie an, wer die Erklärung erfasst.");
        if (!errors.any()) {
            try {
                Readiness readiness = record.recordReadiness(new RecordDeclarationUseCase.ReadinessCommand(id, partner,
                        typed.get("name"), email, groups,
                        new RecordDeclarationUseCase.Receipt(receivedOn.get(), typed.get("erfasstVon"))));
                Flash.confirm(request, "Die Bereitschaftserklärung von " + readiness.personName()
                        + partner.map(p -> " (" + names.get(p) + ")").orElse("") + " ist erfasst: "
                        + String.join(", ", readiness.workingGroups()) + ".");
                return Html.redirect(WebPaths.declarations(id.toString()));
            } catch (InvalidValueException e) {
                // a working group typed is named by its place in the list; the page names the whole field
                errors.refused(e.field().startsWith("workingGroups[") ? new InvalidValueException("workingGroups",
                        e.reason()) : e, READINESS_FIELDS);
            } catch (RuleViolationException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return readinessPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, typed, errors);
    }

    private MutableHttpResponse<String> accessionPage(HttpRequest<?> request, HttpStatus status, NetworkId id,
                                                      Map<String, String> typed, FormErrors errors) {
        String networkName = networks.find(id).getName();
        List<Views.Option> versions = new ArrayList<>();
        versions.add(new Views.Option("", "Bitte wählen", typed.getOrDefault("vereinbarung", "").isEmpty()));
        agreements.list(id).stream().sorted(Comparator.comparing(Agreement::getTitle, GERMAN_ORDER))
                .forEach(a -> a.getVersions().stream().filter(AgreementVersion::isConcluded).forEach(v -> {
                    String value = a.getId() + ":" + v.number();
                    versions.add(new Views.Option(value, a.getTitle() + ", Fassung " + v.number() + " (gilt ab "
                            + GermanFormats.date(v.effectiveDate().orElseThrow()) + ")",
                            value.equals(typed.get("vereinbarung"))));
                }));
        DeclarationViews.AccessionForm form = new DeclarationViews.AccessionForm(
                partnerOptions(PartnerNames.of(partners, id), typed.get("partner"), "Bitte wählen"),
                versions, typed.getOrDefault("einrichtung", ""), typed.getOrDefault("name", ""),
                typed.getOrDefault("telefon", ""), typed.getOrDefault("email", ""), ticked(typed, "logo"),
                ticked(typed, "kontaktdaten"), ticked(typed, "keinEigeninteresse"),
                typed.getOrDefault("unterzeichnetAm", ""), typed.getOrDefault("eingegangenAm", ""),
                typed.getOrDefault("erfasstVon", ""), errors);
        return Html.page(status, Pages.TEMPLATES.accession(chrome(request), networkName, id.toString(), form,
                GermanFormats.date(LocalDate.now(clock))));
    }

    private MutableHttpResponse<String> readinessPage(HttpRequest<?> request, HttpStatus status, NetworkId id,
                                                      Map<String, String> typed, FormErrors errors) {
        String networkName = networks.find(id).getName();
        DeclarationViews.ReadinessForm form = new DeclarationViews.ReadinessForm(
                partnerOptions(PartnerNames.of(partners, id), typed.get("partner"),
                        "Ohne Partner (Einzelperson)"),
                typed.getOrDefault("name", ""), typed.getOrDefault("email", ""), groupChoices(id, typed),
                typed.getOrDefault("weitere", ""), typed.getOrDefault("eingegangenAm", ""),
                typed.getOrDefault("erfasstVon", ""), errors);
        return Html.page(status, Pages.TEMPLATES.readiness(chrome(request), networkName, id.toString(), form,
                GermanFormats.date(LocalDate.now(clock))));
    }

    /** The network's bodies as of today, by name, each a checkbox ticked as typed. */
    private List<DeclarationViews.Choice> groupChoices(NetworkId id, Map<String, String> typed) {
        return bodies.list(id, LocalDate.now(clock)).stream().map(view -> view.body())
                .sorted(Comparator.comparing(b -> b.getName(), GERMAN_ORDER))
                .map(b -> new DeclarationViews.Choice(BODY_FIELD + b.getId(), b.getName(),
                        ticked(typed, BODY_FIELD + b.getId())))
                .toList();
    }

    private static DeclarationViews.Row row(Declaration declaration, String network, Map<PartnerId, String> names,
                                            Map<AgreementId, Agreement> agreements, Set<PartnerId> hidden) {
        String received = GermanFormats.date(declaration.receivedOn());
        return switch (declaration) {
            case Accession a -> new DeclarationViews.Row(received, "Beitritt", names.getOrDefault(a.partnerId(), ""),
                    WebPaths.partner(network, a.partnerId().toString()),
                    hidden.contains(a.partnerId()) ? "" : a.contact().name(),
                    title(agreements, a.agreementId()) + ", Fassung " + a.acceptedVersion(),
                    AgreementPages.path(network) + "/" + a.agreementId(), "");
            case Readiness r -> new DeclarationViews.Row(received, "Bereitschaftserklärung",
                    r.partnerId().map(p -> names.getOrDefault(p, "")).orElse(""),
                    r.partnerId().map(p -> WebPaths.partner(network, p.toString())).orElse(""),
                    r.partnerId().filter(hidden::contains).isPresent() ? "" : r.personName(),
                    String.join(", ", r.workingGroups()), "", "");
            case Termination t -> new DeclarationViews.Row(received, "Kündigung", names.getOrDefault(t.partnerId(), ""),
                    WebPaths.partner(network, t.partnerId().toString()), "", title(agreements, t.agreementId()),
                    AgreementPages.path(network) + "/" + t.agreementId(), GermanFormats.date(t.effectiveOn()));
        };
    }

    private static String title(Map<AgreementId, Agreement> agreements, AgreementId id) {
        return Optional.ofNullable(agreements.get(id)).map(Agreement::getTitle).orElse("");
    }

    /** The partners to choose from, the one typed chosen; {@code none} names the empty choice. */
    static List<Views.Option> partnerOptions(Map<PartnerId, String> names, String chosen, String none) {
        List<Views.Option> options = new ArrayList<>();
        options.add(new Views.Option("", none, chosen == null || chosen.isEmpty()));
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(GERMAN_ORDER))
                .forEach(e -> options.add(new Views.Option(e.getKey().toString(), e.getValue(),
                        e.getKey().toString().equals(chosen))));
        return options;
    }

    /** The partner of the network the form names; empty when it names none of them. */
    static Optional<PartnerId> chosenPartner(Map<PartnerId, String> names, String typed) {
        return names.keySet().stream().filter(p -> p.toString().equals(typed)).findFirst();
    }

    /**
     * What a new declaration form proposes: received today, recorded by the signed-in user (by the name they
     * sign in with).
     */
    static Map<String, String> proposed(SignInUseCase accounts, Authentication authentication, Clock clock) {
        String user = accounts.current(new UserId(UUID.fromString(authentication.getName()))).map(User::getUsername)
                .orElse("");
        return Map.of("eingegangenAm", GermanFormats.date(LocalDate.now(clock)), "erfasstVon", user);
    }

    /** The form's own fields and those of every declaration form. */
    static Map<String, FormErrors.Field> withReceipt(Map<String, FormErrors.Field> own) {
        Map<String, FormErrors.Field> fields = new LinkedHashMap<>(RECEIPT_FIELDS);
        fields.putAll(own);
        return Map.copyOf(fields);
    }

    /** What the form sent, each value without the spaces around it. */
    static Map<String, String> stripped(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, value) -> typed.put(name, value == null ? "" : value.strip()));
        return typed;
    }

    /** Whether the field was filled in; if not, the message beside it. */
    static boolean required(FormErrors errors, Map<String, String> typed, String field, String whenEmpty) {
        if (typed.getOrDefault(field, "").isEmpty()) {
            errors.add(field, whenEmpty);
            return false;
        }
        return true;
    }

    private static boolean ticked(Map<String, String> typed, String field) {
        return TICKED.equals(typed.get(field));
    }

    /** The agreement of a choice {@code agreementId:version}. */
    private static Optional<AgreementId> agreementOf(String choice) {
        String[] parts = choice == null ? new String[0] : choice.split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(AgreementId.parse(parts[0], "agreementId"));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The version of a choice {@code agreementId:version}. */
    private static Optional<Integer> versionOf(String choice) {
        String[] parts = choice == null ? new String[0] : choice.split(":", 2);
        if (parts.length != 2 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()
                || parts[1].length() > 4) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(parts[1]));
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }
}
