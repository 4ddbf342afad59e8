package org.dossier.app.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.publication.Text;
import org.jdom2.Element;
import org.jdom2.Namespace;
import tools.jackson.databind.json.JsonMapper;

/**
 * A feed written as Atom 1.0 or RSS 2.0 (with ROME) or JSON Feed 1.1 (with Jackson). Authors: an item names
 * its own where it has any (RSS as {@code dc:creator}, since its own {@code author} must be an e-mail address);
 * Atom, which needs an author for entries that name none, names the publisher, else the site, as the feed's.
 */
final class FeedFormats {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedFormats() {}

    static String atom(Feed feed) {
        SyndFeed f = rome(feed, "atom_1.0");
        f.setAuthors(List.of(person(feed.publisher() != null ? feed.publisher() : feed.siteName())));
        for (int i = 0; i < feed.items().size(); i++) {
            Feed.Item item = feed.items().get(i);
            SyndEntry e = f.getEntries().get(i);
            e.setAuthors(item.authors().stream().map(FeedFormats::person).toList());
            if (item.summary() != null) {
                e.setDescription(text(item.summary()));
            }
            e.setContents(List.of(text(item.content())));
        }
        // ROME gives an entry without authors an author with an empty name: take it out again
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) f.createWireFeed();
        for (Entry e : atom.getEntries()) {
            e.setAuthors(
                    e.getAuthors().stream().filter(a -> !a.getName().isEmpty()).toList());
        }
        return write(atom);
    }

    static String rss(Feed feed) {
        SyndFeed f = rome(feed, "rss_2.0");
        if (feed.publisher() != null) {
            ((DCModule) f.getModule(DCModule.URI)).setPublisher(x(feed.publisher()));
        }
        for (int i = 0; i < feed.items().size(); i++) {
            Feed.Item item = feed.items().get(i);
            SyndEntry e = f.getEntries().get(i);
            ((DCModule) e.getModule(DCModule.URI))
                    .setCreators(item.authors().stream().map(FeedFormats::x).toList());
            e.setDescription(text(item.content()));
        }
        // RSS has no link to itself: the Atom one that feed validators and readers look for
        WireFeed rss = f.createWireFeed();
        Namespace atom = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
        rss.setForeignMarkup(List.of(new Element("link", atom)
                .setAttribute("href", feed.selfUrl())
                .setAttribute("rel", "self")
                .setAttribute("type", "application/rss+xml")));
        return write(rss);
    }

    private static SyndFeed rome(Feed feed, String type) {
        SyndFeed f = new SyndFeedImpl();
        f.setFeedType(type);
        f.setTitle(x(feed.title()));
        f.setDescription(x(feed.description()));
        f.setUri(feed.selfUrl());
        f.setLink(feed.pageUrl());
        f.setLinks(List.of(link("self", feed.selfUrl()), link("alternate", feed.pageUrl())));
        f.setPublishedDate(Date.from(feed.updated()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Feed.Item item : feed.items()) {
            SyndEntry e = new SyndEntryImpl();
            e.setUri(item.id());
            e.setTitle(x(item.title()));
            e.setLink(item.url());
            e.setUpdatedDate(Date.from(item.updated()));
            e.setPublishedDate(Date.from(item.published() != null ? item.published() : item.updated()));
            List<SyndCategory> categories = new ArrayList<>();
            if (item.type() != null) {
                categories.add(category(item.type()));
            }
            item.topics().forEach(t -> categories.add(category(t)));
            e.setCategories(categories);
            entries.add(e);
        }
        f.setEntries(entries);
        return f;
    }

    private static String write(WireFeed f) {
        try {
            return new WireFeedOutput().outputString(f);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    static String json(Feed feed) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", "https://jsonfeed.org/version/1.1");
        f.put("title", feed.title());
        f.put("description", feed.description());
        f.put("home_page_url", feed.pageUrl());
        f.put("feed_url", feed.selfUrl());
        if (feed.publisher() != null) {
            f.put("authors", List.of(Map.of("name", feed.publisher())));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Feed.Item item : feed.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", item.id());
            i.put("url", item.url());
            i.put("title", item.title());
            i.put("content_text", item.content());
            if (item.summary() != null) {
                i.put("summary", item.summary());
            }
            if (item.published() != null) {
                i.put("date_published", item.published().toString());
            }
            i.put("date_modified", item.updated().toString());
            if (!item.authors().isEmpty()) {
                i.put(
                        "authors",
                        item.authors().stream()
                                .map(name -> Map.of("name", name))
                                .toList());
            }
            List<String> tags = new ArrayList<>();
            if (item.type() != null) {
                tags.add(item.type());
            }
            tags.addAll(item.topics());
            if (!tags.isEmpty()) {
                i.put("tags", tags);
            }
            if (item.language() != null) {
                i.put("language", item.language());
            }
            items.add(i);
        }
        f.put("items", items);
        return JSON.writeValueAsString(f);
    }

    /** Text as XML can carry it: imported text or a search may hold control characters, which XML 1.0 cannot. */
    private static String x(String text) {
        return text == null ? null : Text.xmlSafe(text);
    }

    private static SyndContent text(String value) {
        SyndContent c = new SyndContentImpl();
        c.setType("text");
        c.setValue(x(value));
        return c;
    }

    private static SyndPerson person(String name) {
        SyndPerson p = new SyndPersonImpl();
        p.setName(x(name));
        return p;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink l = new SyndLinkImpl();
        l.setRel(rel);
        l.setHref(href);
        return l;
    }

    private static SyndCategory category(String name) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(x(name));
        return c;
    }
}
