package org.dossier.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.dossier.app.standards.Validators;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingLists;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AlertsTest extends AlertSite {
    private static final String READER = "reader@example.org";
    private static final String MALI_BRIEFS = "/publications?country=MLI&type=Peace+Brief";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    DigestBuilder builder;

    @Autowired
    DigestSender sender;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    ReadingLists readingLists;

    @Test
    void aReaderConfirmsGetsOneDigestNamingTheNewBriefAndWhyAndStopsItWithOneClick() throws Exception {
        publish("alerts-old-mali-brief", "An Older Brief on Bamako Councils", "Peace Brief", "MLI");
        Reader reader = new Reader();
        String listPage = reader.get(MALI_BRIEFS).body();
        String askFor = Jsoup.parse(listPage)
                .selectFirst("a:containsOwn(E-mail alerts)")
                .attr("href");
        assertThat(askFor).isEqualTo("/alerts/new?list=%2Fpublications%3Ftype%3DPeace%2BBrief%26country%3DMLI");

        HttpResponse<String> asked =
                reader.submit(askFor, "/alerts", Map.of("email", "reader@example.org", "frequency", "daily"));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(asked.body()).selectFirst("h1").text()).isEqualTo("Check your inbox");

        MimeMessage confirmation = only(to(READER));
        JsonNode read = Validators.readEmail(raw(confirmation));
        assertThat(read.get("defects")).isEmpty();
        assertThat(read.get("subject").asString())
                .isEqualTo("Confirm your alert: All publications — Type: Peace Brief · Country: Mali");
        String confirm = link(read.get("text").asString(), "/alerts/confirm/");
        assertThat(Jsoup.parse(read.get("html").asString()).select("a[href=" + confirm + "]"))
                .hasSize(1);
        runDigests(Instant.now());
        assertThat(to(READER))
                .as("nothing but the confirmation before the address confirms")
                .hasSize(1);

        HttpResponse<String> confirmed = reader.submit(confirm, path(confirm), Map.of());
        assertThat(Jsoup.parse(confirmed.body()).selectFirst("h1").text()).isEqualTo("Your alert is on");
        MAIL.purgeEmailFromAllMailboxes();

        String brief =
                publish("alerts-new-mali-brief", "Local Elections and the Northern Accord", "Peace Brief", "MLI");
        publish("alerts-niger-brief", "Niger’s Border Committees", "Peace Brief", "NER");
        publish("alerts-mali-report", "A Special Report on Mali’s Courts", "Special Report", "MLI");
        runDigests(Instant.now());

        MimeMessage digest = only(to(READER));
        JsonNode mail = Validators.readEmail(raw(digest));
        assertThat(mail.get("defects")).isEmpty();
        assertThat(mail.get("multipart").asString()).isEqualTo("multipart/mixed");
        assertThat(mail.get("to").toString()).isEqualTo("[\"reader@example.org\"]");
        assertThat(mail.get("from").toString()).isEqualTo("[\"alerts@institute.example\"]");
        assertThat(mail.get("subject").asString())
                .isEqualTo("1 new publication in All publications — Type: Peace Brief · Country: Mali");
        String text = mail.get("text").asString();
        assertThat(text)
                .contains("1. Local Elections and the Northern Accord", "Why: Type: Peace Brief · Country: Mali")
                .doesNotContain("Niger’s Border Committees", "Special Report on Mali", "An Older Brief");
        assertThat(Jsoup.parse(mail.get("html").asString()).select("li a").eachText())
                .containsExactly("Local Elections and the Northern Accord");
        String unsubscribe = mail.get("headers").get("List-Unsubscribe").asString();
        assertThat(unsubscribe).matches("<http://localhost:\\d+/alerts/unsubscribe/[\\w-]+>");
        assertThat(mail.get("headers").get("List-Unsubscribe-Post").asString()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(new Reader().get(link(text, brief)).statusCode())
                .as("the brief's link")
                .isEqualTo(200);
        assertThat(new Reader().get(link(text, "/publications?")).body())
                .contains("Local Elections and the Northern Accord");

        runDigests(Instant.now());
        assertThat(to(READER)).as("after the same day's run again").hasSize(1);

        HttpResponse<String> oneClick = new Reader()
                .post(
                        path(unsubscribe.substring(1, unsubscribe.length() - 1)),
                        Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(oneClick.body()).selectFirst("h1").text()).isEqualTo("Alert stopped");
        publish("alerts-later-mali-brief", "After the Accord: Councils at Work", "Peace Brief", "MLI");
        runDigests(Instant.now().plus(Duration.ofDays(1)));
        assertThat(to(READER)).as("no digest after the one-click stop").hasSize(1);
    }

    @Test
    void anAlertOnASharedReadingListNamesWhatIsAddedToItAfterwardsOnly() throws Exception {
        String first = id(publish("alerts-list-first", "Councils and Their Budgets", "Peace Brief", "NER"));
        String second = id(publish("alerts-list-second", "Water Committees in the Delta", "Peace Brief", "NER"));
        ReadingList list = readingLists.save(
                new ReadingList(
                        "01JALERTREADINGLIST0000000",
                        "curator",
                        true,
                        0,
                        null,
                        "Local Government Reading",
                        null,
                        null,
                        List.of(new ReadingList.Item(first, null))),
                "curator");
        Reader reader = new Reader();
        String askFor = Jsoup.parse(reader.get("/lists/" + list.id()).body())
                .selectFirst("a:containsOwn(E-mail alerts)")
                .attr("href");
        reader.submit(askFor, "/alerts", Map.of("email", "list-reader@example.org", "frequency", "weekly"));
        String confirm = link(
                Validators.readEmail(raw(only(to("list-reader@example.org"))))
                        .get("text")
                        .asString(),
                "/alerts/confirm/");
        reader.submit(confirm, path(confirm), Map.of());

        readingLists.save(
                new ReadingList(
                        list.id(),
                        "curator",
                        true,
                        list.version(),
                        null,
                        list.title(),
                        null,
                        null,
                        List.of(
                                new ReadingList.Item(first, null),
                                new ReadingList.Item(second, "Read with the first."))),
                "curator");
        runDigests(Instant.now());

        List<MimeMessage> digests = to("list-reader@example.org");
        assertThat(digests).hasSize(2);
        JsonNode digest = Validators.readEmail(raw(digests.get(1)));
        assertThat(digest.get("subject").asString()).isEqualTo("1 new publication in Local Government Reading");
        assertThat(digest.get("text").asString())
                .contains("1. Water Committees in the Delta", "Why: Added to the reading list")
                .doesNotContain("Councils and Their Budgets");
        assertThat(new Reader().get("/alerts/new?list=%2Flists%2Fno-such-list").statusCode())
                .isEqualTo(400);
    }

    @Test
    void anAddressSeesAllItsAlertsOnItsOwnPageAndNoOneElseSeesThem() throws Exception {
        Reader reader = new Reader();
        for (String list : List.of("/topics/Governance", "/places/MLI")) {
            reader.submit(
                    "/alerts/new?list=" + java.net.URLEncoder.encode(list, "UTF-8"),
                    "/alerts",
                    Map.of("email", "two-alerts@example.org", "frequency", "weekly"));
        }
        new Reader()
                .submit(
                        "/alerts/new?list=%2Fpublications",
                        "/alerts", Map.of("email", "someone-else@example.org", "frequency", "daily"));
        MimeMessage first = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> to(m).equals("two-alerts@example.org"))
                .findFirst()
                .orElseThrow();
        String manage = "/alerts/manage/"
                + path(link(Validators.readEmail(raw(first)).get("text").asString(), "/alerts/confirm/"))
                        .substring("/alerts/confirm/".length());

        var page = Jsoup.parse(reader.get(manage).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Alerts of two-alerts@example.org");
        assertThat(page.select("tbody tr").eachText())
                .containsExactlyInAnyOrder(
                        "Mali weekly waiting for confirmation Stop Mali",
                        "Governance weekly waiting for confirmation Stop Governance");
        assertThat(page.text()).doesNotContain("someone-else");

        MAIL.purgeEmailFromAllMailboxes();
        HttpResponse<String> unknown =
                reader.submit("/alerts", "/alerts/manage", Map.of("email", "nobody@example.org"));
        HttpResponse<String> known =
                reader.submit("/alerts", "/alerts/manage", Map.of("email", "two-alerts@example.org"));
        assertThat(Jsoup.parse(unknown.body()).select(".notice").text())
                .isEqualTo(Jsoup.parse(known.body()).select(".notice").text())
                .isEqualTo("If this address has alerts here, we have sent it a link to them.");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(to(MAIL.getReceivedMessages()[0])).isEqualTo("two-alerts@example.org");
    }

    @Test
    void aWrongAddressListOrFrequencyIsNamedAndNothingIsKept() throws Exception {
        Reader reader = new Reader();
        String ask = "/alerts/new?list=%2Fpublications%3Fq%3Dcouncils";
        HttpResponse<String> badEmail =
                reader.submit(ask, "/alerts", Map.of("email", "not an address", "frequency", "hourly"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badEmail.body()).select(".field-error").eachText())
                .containsExactly("an e-mail address such as reader@example.org", "choose daily or weekly");
        assertThat(reader.post(
                                "/alerts",
                                Map.of("email", "x@example.org", "frequency", "daily", "list", "/admin/accounts"))
                        .statusCode())
                .as("without the form's CSRF token")
                .isEqualTo(403);
        HttpResponse<String> badList = reader.submit(
                ask,
                "/alerts",
                Map.of("email", "x@example.org", "frequency", "daily", "list", "https://elsewhere.example/"));
        assertThat(badList.statusCode()).isEqualTo(400);
        assertThat(badList.body()).contains("must be the address of a list on this site");
        assertThat(new Reader().get("/alerts/new?list=%2Fadmin%2Faccounts").statusCode())
                .isEqualTo(400);
        assertThat(new Reader().get("/alerts/confirm/no-such-token").statusCode())
                .isEqualTo(404);
        assertThat(subscriptions.byEmail("x@example.org")).isEmpty();
        assertThat(subscriptions.byEmail("not an address")).isEmpty();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void requestsAreThrottledPerAddressAndAConfirmationExpires() throws Exception {
        Reader reader = new Reader();
        int[] statuses = new int[Subscribing.PER_ADDRESS_PER_DAY + 1];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = reader.submit(
                            "/alerts/new?list=%2Fplaces%2FNER",
                            "/alerts", Map.of("email", "eager@example.org", "frequency", "daily"))
                    .statusCode();
        }
        assertThat(statuses[Subscribing.PER_ADDRESS_PER_DAY - 1]).isEqualTo(200);
        assertThat(statuses[Subscribing.PER_ADDRESS_PER_DAY]).isEqualTo(429);
        assertThat(MAIL.getReceivedMessages()).hasSize(Subscribing.PER_ADDRESS_PER_DAY);

        Instant long_ago = Instant.now().minus(Duration.ofDays(3));
        subscriptions.add(new Subscription(
                "01JALERTEXPIRED00000000000",
                "late@example.org",
                "/places/NER",
                "Niger",
                "country=NER",
                Subscription.Frequency.DAILY,
                Subscription.Status.PENDING,
                "expired-token-0123456789",
                long_ago,
                long_ago.plus(Subscribing.CONFIRM_WITHIN),
                null,
                "test"));
        HttpResponse<String> late = reader.submit(
                "/alerts/confirm/expired-token-0123456789", "/alerts/confirm/expired-token-0123456789", Map.of());
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired");
    }

    private void runDigests(Instant at) {
        builder.build(at);
        sender.send();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> to(m).equals(address))
                .toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The first link in the text that contains {@code part}. */
    private static String link(String text, String part) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group().contains(part)) {
                return m.group();
            }
        }
        throw new AssertionError("no link with " + part + " in:\n" + text);
    }

    private String id(String path) {
        return catalog.findByIdOrPath(path).orElseThrow().id();
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
