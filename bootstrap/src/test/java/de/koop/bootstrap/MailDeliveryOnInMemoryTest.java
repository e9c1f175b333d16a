package de.koop.bootstrap;

class MailDeliveryOnInMemoryTest extends MailDeliveryScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory(RunningKoop.sendingTo(smtp.port(), MAX_ATTEMPTS));
    }
}
