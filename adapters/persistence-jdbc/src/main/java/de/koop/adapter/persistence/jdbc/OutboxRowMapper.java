package de.koop.adapter.persistence.jdbc;

import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import de.koop.domain.notification.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps notifications to outbox rows and back. */
@Mapper(uses = InstantMicros.class, imports = {Collectors.class, EmailAddress.class, Occasion.class})
public interface OutboxRowMapper extends RowConversions {

    @Mapping(target = "recipient", expression = "java(notification.recipient().value())")
    @Mapping(target = "textBody", source = "text")
    @Mapping(target = "htmlBody", source = "html")
    @Mapping(target = "createdAtMicros", source = "createdAt")
    @Mapping(target = "nextAttemptAtMicros", source = "nextAttemptAt")
    @Mapping(target = "sentAtMicros", source = "sentAt")
    @Mapping(target = "occasion", expression = "java(notification.occasion().map(Occasion::key).orElse(null))")
    OutboxRow toRow(Notification notification);

    default Notification toDomain(OutboxRow row) {
        return new Notification(new NotificationId(UUID.fromString(row.id())),
                new NetworkId(UUID.fromString(row.networkId())), MessageKind.valueOf(row.kind()),
                EmailAddress.stored(row.recipient()),
                row.subject(), row.textBody(), row.htmlBody(), attachments(row.attachments()),
                Notification.Status.valueOf(row.status()),
                row.attempts(), InstantMicros.instant(row.createdAtMicros()),
                InstantMicros.instant(row.nextAttemptAtMicros()), Optional.ofNullable(row.lastError()),
                Optional.ofNullable(row.sentAtMicros()).map(InstantMicros::instant),
                Optional.ofNullable(row.occasion()).map(Occasion::ofKey));
    }

    /** One attachment per line: file name, content type and the Base64 content, tab-separated. */
    default String attachments(List<Attachment> attachments) {
        return attachments.isEmpty() ? null : attachments.stream()
                .map(a -> a.fileName() + "\t" + a.contentType() + "\t"
                        + Base64.getEncoder().encodeToString(a.content().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining("\n"));
    }

    default List<Attachment> attachments(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n")).map(line -> line.split("\t", 3))
                .map(f -> new Attachment(f[0], f[1], new String(Base64.getDecoder().decode(f[2]), StandardCharsets.UTF_8)))
                .toList();
    }

    default String id(NotificationId id) {
        return id.toString();
    }

    default String kind(MessageKind kind) {
        return kind.name();
    }

    default String status(Notification.Status status) {
        return status.name();
    }
}
