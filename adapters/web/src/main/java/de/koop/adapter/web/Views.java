package de.koop.adapter.web;

import java.util.List;

/** What the templates show, prepared and formatted by the pages: the templates only lay it out. */
public final class Views {

    private Views() {
    }

    /** A link to a page of a list; {@code href} empty where there is none (first or last page). */
    public record Pager(int page, long totalPages, long totalItems, String previousHref, String nextHref) {

        public boolean shown() {
            return totalPages > 1;
        }
    }

    /** A network on the start page. */
    public record NetworkRow(String name, String shortName, String region, String href) {
    }

    /** One thing on the dashboard that needs doing, linking to where it is done. */
    public record Item(String label, String detail, String href) {
    }

    /**
     * A part of the dashboard, with what it says when nothing is due; of a long list only the first items,
     * {@code total} counting all, and a link to all of them ({@code moreHref}, empty when the items are all).
     */
    public record Section(String id, String heading, String whenEmpty, List<Item> items, long total, String moreHref,
                          String moreLabel) {

        public Section {
            items = List.copyOf(items);
        }

        /** A section that shows every item. */
        public Section(String id, String heading, String whenEmpty, List<Item> items) {
            this(id, heading, whenEmpty, items, items.size(), "", "");
        }
    }

    /** A partner in the list. */
    public record PartnerRow(String name, String category, String city, String href) {
    }

    /** A choice of a select field. */
    public record Option(String value, String label, boolean selected) {
    }
}
