package org.dossier.app.alert;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.List;
import org.dossier.alert.Digest;
import org.dossier.alert.Subscription;
import org.dossier.app.site.Site;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The alerts' e-mails, each with a plain text and an HTML part: the confirmation of a new subscription, the link to
 * manage an address's alerts, and the digests, which carry RFC 8058 one-click unsubscribe headers and a Message-ID
 * made from their subscription and period, so that a digest sent again after a crash is the same message.
 */
@Component
class AlertMail {
    private final ObjectProvider<JavaMailSender> senders;
    private final Site site;
    private final Environment environment;
    private final String from;
    private final String siteUrl;

    AlertMail(
            ObjectProvider<JavaMailSender> senders,
            Site site,
            Environment environment,
            @Value("${dossier.alerts.from:alerts@localhost}") String from,
            @Value("${dossier.site.url:}") String siteUrl) {
        this.senders = senders;
        this.site = site;
        this.environment = environment;
        this.from = from;
        this.siteUrl = siteUrl.replaceAll("/+$", "");
    }

    /** Whether e-mail is set up (spring.mail.host): without it, the site offers no alerts. */
    boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    void confirmation(Subscription s) {
        String link = url("/alerts/confirm/" + s.token());
        String text = "Someone, we hope you, asked for e-mail alerts from "
                + site.settings().name() + " of what is new in\n"
                + s.listTitle() + " (" + url(s.listPath()) + "), "
                + s.frequency().key() + ".\n\n"
                + "To start them, confirm within 48 hours: " + link + "\n\n"
                + "If it was not you, do nothing: without a confirmation, no alert is ever sent.\n";
        String html = "<p>Someone, we hope you, asked for e-mail alerts from "
                + h(site.settings().name())
                + " of what is new in <a href=\"" + h(url(s.listPath())) + "\">" + h(s.listTitle()) + "</a>, "
                + s.frequency().key() + ".</p><p><a href=\"" + h(link) + "\">Confirm the alert</a> within 48 hours.</p>"
                + "<p>If it was not you, do nothing: without a confirmation, no alert is ever sent.</p>";
        send(s.email(), "Confirm your alert: " + s.listTitle(), text, html, null, null);
    }

    void manageLink(String email, Subscription any) {
        String link = url("/alerts/manage/" + any.token());
        String text = "Your e-mail alerts from " + site.settings().name() + ": " + link + "\n";
        String html = "<p><a href=\"" + h(link) + "\">Your e-mail alerts from "
                + h(site.settings().name()) + "</a></p>";
        send(email, "Your alerts from " + site.settings().name(), text, html, null, null);
    }

    void digest(Subscription s, Digest d) {
        String unsubscribe = url("/alerts/unsubscribe/" + s.token());
        String manage = url("/alerts/manage/" + s.token());
        String list = url(s.listPath());
        List<Digest.Item> items = d.items();
        StringBuilder text = new StringBuilder("New in " + s.listTitle() + " since your last "
                + s.frequency().key() + " alert from " + site.settings().name() + ":\n\n");
        StringBuilder html = new StringBuilder("<p>New in <a href=\"" + h(list) + "\">" + h(s.listTitle())
                + "</a> since your last " + s.frequency().key() + " alert from "
                + h(site.settings().name())
                + ":</p><ol>");
        for (int i = 0; i < items.size(); i++) {
            Digest.Item item = items.get(i);
            String link = url(item.path());
            String facts = (item.type() == null ? "" : item.type() + " · ") + item.date();
            text.append(i + 1)
                    .append(". ")
                    .append(item.title())
                    .append('\n')
                    .append("   ")
                    .append(facts)
                    .append('\n')
                    .append("   Why: ")
                    .append(item.why())
                    .append('\n')
                    .append("   ")
                    .append(link)
                    .append("\n\n");
            html.append("<li><p><a href=\"")
                    .append(h(link))
                    .append("\">")
                    .append(h(item.title()))
                    .append("</a><br>")
                    .append(h(facts))
                    .append("<br>Why: ")
                    .append(h(item.why()))
                    .append("</p></li>");
        }
        text.append("The whole list: ")
                .append(list)
                .append('\n')
                .append("Your alerts: ")
                .append(manage)
                .append('\n')
                .append("Stop this alert: ")
                .append(unsubscribe)
                .append('\n');
        html.append("</ol><p><a href=\"")
                .append(h(list))
                .append("\">The whole list</a> · <a href=\"")
                .append(h(manage))
                .append("\">Your alerts</a> · <a href=\"")
                .append(h(unsubscribe))
                .append("\">Stop this alert</a></p>");
        String subject =
                items.size() + (items.size() == 1 ? " new publication in " : " new publications in ") + s.listTitle();
        send(
                s.email(),
                subject,
                text.toString(),
                html.toString(),
                unsubscribe,
                "<digest." + s.id() + "." + d.period() + "@" + host() + ">");
    }

    private void send(String to, String subject, String text, String html, String unsubscribe, String messageId) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new MailSendException(
                    "e-mail is not set up: set spring.mail.host (and spring.mail.port, username, password)");
        }
        try {
            MimeMessage message = messageId == null
                    ? sender.createMimeMessage()
                    : new StableIdMessage(sender.createMimeMessage(), messageId);
            MimeMessageHelper m = new MimeMessageHelper(message, true, "UTF-8");
            m.setFrom(from, site.settings().name());
            m.setTo(to);
            m.setSubject(subject);
            m.setText(text, "<!DOCTYPE html><html><body>" + html + "</body></html>");
            message.setHeader("Auto-Submitted", "auto-generated");
            if (unsubscribe != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                message.setHeader("List-Id", "Alerts <alerts." + host() + ">");
            }
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("could not write the e-mail to " + to + ": " + e.getMessage(), e);
        }
    }

    private String url(String path) {
        String base = siteUrl.isEmpty()
                ? "http://localhost:"
                        + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                : siteUrl;
        return base + path;
    }

    private String host() {
        return URI.create(url("/")).getHost();
    }

    private static String h(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }

    /** A message whose Message-ID is the one given, not a new one at each send. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(MimeMessage base, String id) {
            super(base.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
