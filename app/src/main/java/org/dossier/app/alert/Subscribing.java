package org.dossier.app.alert;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.dossier.app.browse.FacetLabels;
import org.dossier.app.shared.InvalidForm;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Ids;
import org.dossier.readinglist.ReadingLists;
import org.dossier.site.SettingsStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * A reader's alerts without an account: asked for with an address (double opt-in: nothing is sent but the
 * confirmation until its link is followed), confirmed, stopped with one click, and listed for the address that
 * holds them. Requests are throttled per address and per requester, whose network address is kept only as a keyed
 * hash.
 */
@Service
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class Subscribing {
    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);
    static final int PER_ADDRESS_PER_DAY = 5;
    static final int PER_REQUESTER_PER_HOUR = 20;
    private static final String KEY_SETTING = "alerts_requester_key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final AlertMail mail;
    private final FacetLabels labels;
    private final Gazetteer gazetteer;
    private final SettingsStore settings;
    private final ReadingLists readingLists;
    private final DigestBuilder digests;
    private final Clock clock;

    Subscribing(
            Subscriptions subscriptions,
            AlertMail mail,
            FacetLabels labels,
            Gazetteer gazetteer,
            SettingsStore settings,
            ReadingLists readingLists,
            DigestBuilder digests,
            Clock clock) {
        this.readingLists = readingLists;
        this.digests = digests;
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.labels = labels;
        this.gazetteer = gazetteer;
        this.settings = settings;
        this.clock = clock;
    }

    boolean enabled() {
        return mail.enabled();
    }

    AlertList list(String address) {
        return AlertList.of(address, labels, gazetteer, readingLists);
    }

    /** Records a pending subscription and sends its confirmation; an invalid field is named, nothing is kept. */
    Subscription subscribe(String email, String listAddress, String frequency, String requester) {
        Map<String, String> errors = new LinkedHashMap<>();
        String address = null;
        try {
            address = address(email);
        } catch (FieldException e) {
            errors.put("email", e.getMessage());
        }
        Subscription.Frequency every = switch (frequency == null ? "" : frequency) {
            case "daily" -> Subscription.Frequency.DAILY;
            case "weekly" -> Subscription.Frequency.WEEKLY;
            default -> {
                errors.put("frequency", "choose daily or weekly");
                yield null;
            }
        };
        AlertList list = null;
        try {
            list = list(listAddress);
        } catch (FieldException e) {
            errors.put("list", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        Instant now = clock.instant();
        String requestedBy = hash(requester);
        if (subscriptions.requestedSince(address, now.minus(Duration.ofDays(1))) >= PER_ADDRESS_PER_DAY
                || subscriptions.requestedBySince(requestedBy, now.minus(Duration.ofHours(1)))
                        >= PER_REQUESTER_PER_HOUR) {
            throw new TooManyRequests();
        }
        Subscription s = new Subscription(
                Ids.newId(),
                address,
                list.path(),
                list.title(),
                list.search() == null ? "" : list.search().queryString(),
                every,
                Subscription.Status.PENDING,
                token(),
                now,
                now.plus(CONFIRM_WITHIN),
                null,
                requestedBy);
        subscriptions.add(s);
        mail.confirmation(s);
        return s;
    }

    /** Confirms it, ending the address's earlier alert for the same list if any; empty when it cannot be confirmed. */
    Optional<Subscription> confirm(String token) {
        Instant now = clock.instant();
        if (!subscriptions.confirm(token, now)) {
            return Optional.empty();
        }
        Subscription confirmed = subscriptions.byToken(token).orElseThrow();
        digests.baseline(confirmed, now);
        for (Subscription other : subscriptions.byEmail(confirmed.email())) {
            if (!other.id().equals(confirmed.id())
                    && other.status() == Subscription.Status.ACTIVE
                    && other.query().equals(confirmed.query())) {
                subscriptions.unsubscribe(other.token(), now);
            }
        }
        return Optional.of(confirmed);
    }

    boolean unsubscribe(String token) {
        return subscriptions.unsubscribe(token, clock.instant());
    }

    Optional<Subscription> byToken(String token) {
        return token.length() > 64 ? Optional.empty() : subscriptions.byToken(token);
    }

    /** Every alert of the address that holds this one. */
    List<Subscription> sameAddress(Subscription s) {
        return subscriptions.byEmail(s.email());
    }

    /** E-mails the address a link to its alerts, if it has any; says nothing either way, to the caller. */
    void sendManageLink(String email, String requester) {
        String address = address(email);
        Instant now = clock.instant();
        if (subscriptions.requestedBySince(hash(requester), now.minus(Duration.ofHours(1))) >= PER_REQUESTER_PER_HOUR) {
            throw new TooManyRequests();
        }
        List<Subscription> all = subscriptions.byEmail(address);
        if (!all.isEmpty()) {
            mail.manageLink(address, all.get(0));
        }
    }

    private static String address(String email) {
        String e = email == null ? "" : email.strip();
        if (e.isEmpty() || e.length() > 254) {
            throw new FieldException("email", "an e-mail address such as reader@example.org");
        }
        try {
            InternetAddress parsed = new InternetAddress(e, true);
            parsed.validate();
            if (!parsed.getAddress().equals(e) || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new AddressException(e);
            }
        } catch (AddressException bad) {
            throw new FieldException("email", "an e-mail address such as reader@example.org");
        }
        return e.toLowerCase(Locale.ROOT);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The requester's network address under a key the store keeps, so it cannot be read back from the hash. */
    private String hash(String requester) {
        String key = settings.read().get(KEY_SETTING);
        if (key == null) {
            key = token();
            settings.write(Map.of(KEY_SETTING, key));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal((requester == null ? "" : requester).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** More requests than an address or a requester may make in a while. */
    static final class TooManyRequests extends RuntimeException {
        TooManyRequests() {
            super("too many alert requests; try again later");
        }
    }
}
