package de.koop.bootstrap;

import de.koop.adapter.persistence.inmemory.InMemoryAgreements;
import de.koop.adapter.persistence.inmemory.InMemoryBodies;
import de.koop.adapter.persistence.inmemory.InMemoryDeclarations;
import de.koop.adapter.persistence.inmemory.InMemoryMeetings;
import de.koop.adapter.persistence.inmemory.InMemoryNetworks;
import de.koop.adapter.persistence.inmemory.InMemoryObligations;
import de.koop.adapter.persistence.inmemory.InMemoryOutbox;
import de.koop.adapter.persistence.inmemory.InMemoryPartners;
import de.koop.adapter.persistence.inmemory.InMemoryAuditTrail;
import de.koop.adapter.persistence.inmemory.InMemoryRecordDates;
import de.koop.adapter.persistence.inmemory.InMemoryNetworkStamps;
import de.koop.adapter.persistence.inmemory.InMemoryReminderWakeups;
import de.koop.adapter.persistence.inmemory.InMemoryRefreshTokens;
import de.koop.adapter.persistence.inmemory.InMemoryUsers;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.port.out.RefreshTokens;
import de.koop.application.port.out.Users;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The in-memory stores, chosen with {@code koop.persistence=inmemory} (the environment
 * {@code inmemory}). The JDBC stores are beans of their own adapter module.
 */
@Factory
@Requires(property = "koop.persistence", value = "inmemory")
class PersistenceFactory {

    @Singleton
    Networks inMemoryNetworks() {
        return new InMemoryNetworks();
    }

    @Singleton
    Partners inMemoryPartners() {
        return new InMemoryPartners();
    }

    @Singleton
    Agreements inMemoryAgreements() {
        return new InMemoryAgreements();
    }

    @Singleton
    Declarations inMemoryDeclarations() {
        return new InMemoryDeclarations();
    }

    @Singleton
    Bodies inMemoryBodies() {
        return new InMemoryBodies();
    }

    @Singleton
    Meetings inMemoryMeetings() {
        return new InMemoryMeetings();
    }

    @Singleton
    Obligations inMemoryObligations() {
        return new InMemoryObligations();
    }

    @Singleton
    Outbox inMemoryOutbox() {
        return new InMemoryOutbox();
    }

    @Singleton
    AuditTrail inMemoryAuditTrail() {
        return new InMemoryAuditTrail();
    }

    @Singleton
    Users inMemoryUsers() {
        return new InMemoryUsers();
    }

    @Singleton
    RefreshTokens inMemoryRefreshTokens() {
        return new InMemoryRefreshTokens();
    }

    @Singleton
    RecordDates inMemoryRecordDates() {
        return new InMemoryRecordDates();
    }

    @Singleton
    NetworkStamps inMemoryNetworkStamps() {
        return new InMemoryNetworkStamps();
    }

    @Singleton
    ReminderWakeups inMemoryReminderWakeups() {
        return new InMemoryReminderWakeups();
    }
}
