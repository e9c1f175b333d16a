package de.koop.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.access.Permission;
import de.koop.application.port.in.RegisterNetworkUseCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every in-port with what it is declared: command or query, and who may call it. A
 * new operation fails this test until it is declared and added here, so that nobody gets a right by
 * oversight (an undeclared operation would be for administrators only).
 */
class DeclaredOperationsTest {

    private static final String C = "command ";
    private static final String Q = "query ";

    /** The table a reviewer reads: port.operation, command or query, permission. */
    private static final Map<String, String> DECLARED = new TreeMap<>(Map.ofEntries(
            Map.entry("AmendAgreementUseCase.concludeVersion", C + "COORDINATE"),
            Map.entry("AmendAgreementUseCase.proposeAmendment", C + "COORDINATE"),
            Map.entry("AmendAgreementUseCase.recordConsent", C + "COORDINATE"),
            Map.entry("AssignCoordinationUseCase.assignCoordination", C + "COORDINATE"),
            Map.entry("AuditTrailQuery.trail", Q + "READ_CONFIDENTIAL"),
            Map.entry("ChangeAdmissionUseCase.close", C + "COORDINATE"),
            Map.entry("ChangeAdmissionUseCase.reopen", C + "COORDINATE"),
            Map.entry("ConcludeAgreementUseCase.conclude", C + "COORDINATE"),
            Map.entry("DashboardQuery.dashboard", Q + "READ_NETWORK"),
            Map.entry("DispatchOutboxUseCase.dispatchDue", C + "ADMINISTER"),
            Map.entry("FindAgreementsQuery.find", Q + "READ_NETWORK"),
            Map.entry("FindAgreementsQuery.list", Q + "READ_NETWORK"),
            Map.entry("FindAgreementsQuery.membership", Q + "READ_NETWORK"),
            Map.entry("FindBodiesQuery.find", Q + "READ_NETWORK"),
            Map.entry("FindBodiesQuery.list", Q + "READ_NETWORK"),
            Map.entry("FindDeadlinesQuery.deadlines", Q + "READ_NETWORK"),
            Map.entry("FindDeadlinesQuery.obligation", Q + "READ_NETWORK"),
            Map.entry("FindDeadlinesQuery.obligations", Q + "READ_NETWORK"),
            Map.entry("FindDeclarationsQuery.find", Q + "READ_NETWORK"),
            Map.entry("FindDeclarationsQuery.list", Q + "READ_NETWORK"),
            Map.entry("FindMeetingsQuery.find", Q + "READ_NETWORK"),
            Map.entry("FindMeetingsQuery.list", Q + "READ_NETWORK"),
            Map.entry("FindMeetingsQuery.nextMeeting", Q + "READ_NETWORK"),
            Map.entry("FindNetworksQuery.find", Q + "READ_NETWORK"),
            Map.entry("FindNetworksQuery.list", Q + "ADMINISTER"),
            Map.entry("FindPartnersQuery.find", Q + "READ_NETWORK"),
            Map.entry("FindPartnersQuery.list", Q + "READ_NETWORK"),
            Map.entry("FormerPartnersQuery.former", Q + "READ_NETWORK"),
            Map.entry("GovernanceUseCase.appoint", C + "COORDINATE"),
            Map.entry("GovernanceUseCase.elect", C + "COORDINATE"),
            Map.entry("GovernanceUseCase.endSeat", C + "COORDINATE"),
            Map.entry("GovernanceUseCase.establish", C + "COORDINATE"),
            Map.entry("HiddenContactsQuery.hiddenContacts", Q + "READ_NETWORK"),
            Map.entry("AgendaUseCase.acceptItem", C + "COORDINATE"),
            Map.entry("MeetingUseCase.close", C + "COORDINATE"),
            Map.entry("AgendaUseCase.deferItem", C + "COORDINATE"),
            Map.entry("MeetingUseCase.invite", C + "COORDINATE"),
            Map.entry("AgendaUseCase.proposeItem", C + "PROPOSE_AGENDA_ITEM"),
            Map.entry("MeetingUseCase.recordDecision", C + "COORDINATE"),
            Map.entry("MeetingUseCase.recordHeld", C + "COORDINATE"),
            Map.entry("MeetingUseCase.recordMinutes", C + "COORDINATE"),
            Map.entry("ScheduleMeetingUseCase.schedule", C + "COORDINATE"),
            Map.entry("NetworkStampQuery.stampOf", Q + "ANYONE"),
            Map.entry("NoticeCalculatorQuery.ifReceivedOn", Q + "READ_NETWORK"),
            Map.entry("NoticeCalculatorQuery.latestReceiptFor", Q + "READ_NETWORK"),
            Map.entry("NotificationsQuery.find", Q + "ADMINISTER"),
            Map.entry("NotificationsQuery.findInNetwork", Q + "READ_CONFIDENTIAL"),
            Map.entry("NotificationsQuery.list", Q + "ADMINISTER"),
            Map.entry("NotificationsQuery.ofNetwork", Q + "READ_CONFIDENTIAL"),
            Map.entry("NotificationsQuery.preview", Q + "ADMINISTER"),
            Map.entry("ObligationUseCase.create", C + "COORDINATE"),
            Map.entry("ObligationUseCase.fulfil", C + "COORDINATE"),
            // audited like a change: who took whose data out of koop is on record
            Map.entry("PersonalDataUseCase.export", C + "READ_CONFIDENTIAL"),
            Map.entry("PersonalDataUseCase.erase", C + "COORDINATE"),
            Map.entry("PublicDirectoryQuery.directory", Q + "ANYONE"),
            Map.entry("PublicRecordsQuery.networkOfBody", Q + "ANYONE"),
            Map.entry("PublicRecordsQuery.networkOfMeeting", Q + "ANYONE"),
            Map.entry("PublicRecordsQuery.networkOfPartner", Q + "ANYONE"),
            Map.entry("PublicRecordsQuery.networks", Q + "ANYONE"),
            Map.entry("PublicRecordsQuery.of", Q + "ANYONE"),
            Map.entry("PublicationConsentUseCase.give", C + "COORDINATE"),
            Map.entry("PublicationConsentUseCase.withdraw", C + "COORDINATE"),
            Map.entry("RecordDeclarationUseCase.recordAccession", C + "COORDINATE"),
            Map.entry("RecordDeclarationUseCase.recordReadiness", C + "DECLARE_OWN_READINESS"),
            Map.entry("RecordDeclarationUseCase.recordTermination", C + "COORDINATE"),
            Map.entry("RegisterNetworkUseCase.register", C + "ADMINISTER"),
            Map.entry("RegisterPartnerUseCase.checkRegistrable", Q + "COORDINATE"),
            Map.entry("RegisterPartnerUseCase.register", C + "COORDINATE"),
            Map.entry("RenameNetworkUseCase.rename", C + "COORDINATE"),
            Map.entry("RetryNotificationUseCase.retry", C + "ADMINISTER"),
            Map.entry("RetryNotificationUseCase.retryInNetwork", C + "COORDINATE"),
            Map.entry("ReviewAgreementUseCase.recordReview", C + "COORDINATE"),
            Map.entry("SendRemindersUseCase.sweep", C + "ADMINISTER"),
            Map.entry("SignInUseCase.current", Q + "SIGNED_IN"),
            Map.entry("SignInUseCase.refresh", C + "ANYONE"),
            Map.entry("SignInUseCase.signIn", C + "ANYONE"),
            Map.entry("SignInUseCase.signOut", C + "ANYONE"),
            Map.entry("TerminationPreviewQuery.preview", Q + "COORDINATE"),
            Map.entry("UpdatePartnerUseCase.checkChangeable", Q + "COORDINATE"),
            Map.entry("UpdatePartnerUseCase.update", C + "COORDINATE"),
            Map.entry("UserAdministrationUseCase.create", C + "ADMINISTER"),
            Map.entry("UserAdministrationUseCase.delete", C + "ADMINISTER"),
            Map.entry("UserAdministrationUseCase.endSessions", C + "ADMINISTER"),
            Map.entry("UserAdministrationUseCase.ensureAdministrator", C + "ADMINISTER"),
            Map.entry("FindUsersQuery.find", Q + "ADMINISTER"),
            Map.entry("UserAdministrationUseCase.grant", C + "ADMINISTER"),
            Map.entry("FindUsersQuery.list", Q + "ADMINISTER"),
            Map.entry("UserAdministrationUseCase.revoke", C + "ADMINISTER")));

    /**
     * The in-port interfaces, found in the classes of {@code port.in} (a directory in the IDE, the
     * application's jar in a Maven build), not listed by hand.
     */
    static List<Class<?>> inPorts() {
        String pkg = RegisterNetworkUseCase.class.getPackageName();
        String folder = pkg.replace('.', '/') + "/";
        try {
            Path location = Path.of(RegisterNetworkUseCase.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(folder))) {
                    files.forEach(file -> names.add(file.getFileName().toString()));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(name -> name.startsWith(folder))
                            .map(name -> name.substring(folder.length())).filter(name -> !name.contains("/"))
                            .forEach(names::add);
                }
            }
            List<Class<?>> ports = new ArrayList<>();
            for (String name : names) {
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                if (type.isInterface() && !type.isAnnotation() && type.getMethods().length > 0) {
                    ports.add(type);
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Class<?> port : inPorts()) {
            for (Method method : port.getMethods()) {
                if (!method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
                    operations.add(Operation.of(method));
                }
            }
        }
        return operations;
    }

    private static String name(Operation operation) {
        return operation.method().getDeclaringClass().getSimpleName() + "." + operation.method().getName();
    }

    @Test
    void everyOperationIsDeclaredAsListed() {
        Map<String, String> found = new TreeMap<>();
        List<String> undeclared = new ArrayList<>();
        for (Operation operation : operations()) {
            found.put(name(operation), (operation.query() ? Q : C) + operation.permission());
            if (!operation.declared()) {
                undeclared.add(name(operation));
            }
        }

        assertThat(undeclared).as("operations without @Command or @Query").isEmpty();
        assertThat(found).containsExactlyEntriesOf(DECLARED);
    }

    @Test
    void everyNetworkScopedOperationNamesItsNetworkAndEveryOwnPartnerOneItsPartner() {
        List<String> missing = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.permission().networkScoped() && operation.networkArgument() < 0) {
                missing.add(name(operation) + " names no network");
            }
            if (operation.permission() == Permission.DECLARE_OWN_READINESS && operation.partnerArgument() < 0) {
                missing.add(name(operation) + " names no partner");
            }
        }

        assertThat(operations()).hasSizeGreaterThan(70);
        assertThat(missing).isEmpty();
    }
}
