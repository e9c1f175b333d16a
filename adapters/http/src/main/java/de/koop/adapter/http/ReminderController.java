package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.SendRemindersUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The reminder sweep on demand. It also runs by itself every period; running it again never writes a
 * reminder twice, so an administrator may use this after a change, or to catch up after downtime.
 */
@Controller("/api/v1/reminders")
@Tag(name = "notifications")
public class ReminderController {

    /** What a sweep did. */
    @Serdeable
    public record SweepResponse(String date, int written) {
    }

    private final SendRemindersUseCase reminders;
    private final Today today;

    public ReminderController(SendRemindersUseCase reminders, Today today) {
        this.reminders = reminders;
        this.today = today;
    }

    @Drives(port = SendRemindersUseCase.class, operation = "sweep")
    @Post("/sweep")
    @Operation(operationId = "sweepReminders", summary = "Fällige Erinnerungen jetzt in die Outbox schreiben (jede nur einmal)")
    public SweepResponse sweep() {
        var date = today.today();
        return new SweepResponse(date.toString(), reminders.sweep(date));
    }
}
