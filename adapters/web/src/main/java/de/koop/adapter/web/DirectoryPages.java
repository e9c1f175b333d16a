package de.koop.adapter.web;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.PublicDirectory;
import de.koop.application.port.in.PublicDirectoryQuery;
import de.koop.domain.partner.DirectoryEntry;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PhoneNumber;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;

/**
 * A network's public directory, for anyone and fit to be linked from the network's website: the partners
 * that consented to publication, with only what they consented to, as {@link PublicDirectoryQuery} gives it.
 */
@Controller(WebPaths.DIRECTORY)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DirectoryPages {

    /** A partner in the directory; {@code logoUrl} empty without consent to the logo. */
    public record Entry(String name, String category, String street, String postalCodeAndCity, String logoUrl,
                        List<Contact> contacts) {

        public Entry {
            contacts = List.copyOf(contacts);
        }
    }

    /** A contact person as the directory shows it; empty strings for what is not known. */
    public record Contact(String name, String function, String phone, String email) {
    }

    private final PublicDirectoryQuery directories;
    private final WebSessions sessions;

    public DirectoryPages(PublicDirectoryQuery directories, WebSessions sessions) {
        this.directories = directories;
        this.sessions = sessions;
    }

    @Get(uri = "/{networkId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> directory(HttpRequest<?> request, @PathVariable String networkId,
                                                 @QueryValue(defaultValue = "1") String seite) {
        NetworkId id = NetworkPages.networkId(networkId);
        PublicDirectory directory = directories.directory(id,
                new PageRequest(NetworkPages.pageIndex(seite), PageRequest.DEFAULT_SIZE));
        List<Entry> entries = directory.entries().items().stream().map(DirectoryPages::entry).toList();
        String title = directory.shortName().map(s -> directory.networkName() + " (" + s + ")")
                .orElse(directory.networkName());
        return Html.page(Pages.TEMPLATES.directory(chrome(request), title, directory.region(), entries,
                NetworkPages.pager(directory.entries(), n -> WebPaths.directory(id.toString()) + "?seite=" + n)));
    }

    static Contact contact(Person person) {
        return new Contact(person.name(), person.function().orElse(""),
                person.phone().map(PhoneNumber::value).orElse(""), person.email().map(EmailAddress::value).orElse(""));
    }

    private static Entry entry(DirectoryEntry entry) {
        return new Entry(entry.name(), entry.category().label(), entry.address().street(),
                entry.address().postalCode() + " " + entry.address().city(),
                entry.logo().map(LogoReference::url).orElse(""),
                entry.contacts().stream().map(DirectoryPages::contact).toList());
    }

    /** Visitors are anonymous; a coordinator who looks in keeps the frame with the sign-out button. */
    private Chrome chrome(HttpRequest<?> request) {
        return sessions.userId(request).isPresent() ? new Chrome(true, sessions.formToken(request)) : Chrome.ANONYMOUS;
    }
}
