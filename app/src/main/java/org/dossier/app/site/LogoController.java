package org.dossier.app.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.site.SiteLogo;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institute's logo: set or removed by admins on the settings page, served to everyone at {@code /site/logo}.
 * PNG, JPEG, WebP or SVG up to {@value #MAX_BYTES} bytes, recognised by their content, not their name; served in a
 * sandbox, so that a script in an SVG never runs with the site's rights.
 */
@Controller
@ConditionalOnWebApplication
class LogoController {
    static final int MAX_BYTES = 200_000;

    private final SiteLogo logo;
    private final Accounts accounts;
    private final Clock clock;

    LogoController(SiteLogo logo, Accounts accounts, Clock clock) {
        this.logo = logo;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/site/logo")
    ResponseEntity<byte[]> image() {
        SiteLogo.Image image = logo.read().orElse(null);
        if (image == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .eTag("\"" + image.sha256() + "\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    @PostMapping("/admin/settings/logo")
    String upload(@RequestParam(required = false) MultipartFile logo, Principal me, RedirectAttributes redirect)
            throws IOException {
        String problem = null;
        String type = null;
        byte[] bytes = logo == null ? new byte[0] : logo.getBytes();
        if (bytes.length == 0) {
            problem = "Choose an image file for the logo.";
        } else if (bytes.length > MAX_BYTES) {
            problem = "The logo may be at most 200 KB; this one has " + bytes.length / 1000 + " KB.";
        } else if ((type = type(bytes)) == null) {
            problem = "The logo must be a PNG, JPEG, WebP or SVG image.";
        }
        if (problem != null) {
            redirect.addFlashAttribute("logoError", problem);
            return "redirect:/admin/settings";
        }
        this.logo.save(new SiteLogo.Image(type, bytes, sha256(bytes)));
        accounts.record(new AuditEvent(clock.instant(), me.getName(), "changed settings", "logo", null));
        redirect.addFlashAttribute("done", "Saved: logo.");
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/logo/remove")
    String remove(Principal me, RedirectAttributes redirect) {
        logo.remove();
        accounts.record(new AuditEvent(clock.instant(), me.getName(), "changed settings", "logo removed", null));
        redirect.addFlashAttribute("done", "Removed: logo.");
        return "redirect:/admin/settings";
    }

    /** The image type the bytes begin with, or null. */
    static String type(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (starts(b, 'R', 'I', 'F', 'F')
                && b.length > 12
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        String head = new String(b, 0, Math.min(b.length, 1000), StandardCharsets.UTF_8).stripLeading();
        if ((head.startsWith("<svg") || head.startsWith("<?xml")) && head.contains("<svg")) {
            return "image/svg+xml";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
