package de.koop.bootstrap;

class MailDeliveryOnMariaDbTest extends MailDeliveryScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb(RunningKoop.sendingTo(smtp.port(), MAX_ATTEMPTS));
    }
}
