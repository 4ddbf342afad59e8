package org.dossier.app.editing;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.attachment.Attachment;
import org.dossier.attachment.Attachments;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PDF attachments: uploaded on a publication's edit page (or to start a new draft from a PDF), checked by
 * content and size, stored by digest, their text and metadata taken into the publication where it has
 * none; downloaded from {@code /attachments/{id}} by readers when the publication is visible to them.
 */
@Controller
@ConditionalOnWebApplication
class AttachmentController {
    private final Editing editing;
    private final Attachments attachments;
    private final AttachmentFiles files;
    private final Catalog catalog;
    private final ReaderCatalog readers;
    private final Accounts accounts;
    private final Clock clock;
    private final long maxBytes;

    AttachmentController(
            Editing editing,
            Attachments attachments,
            AttachmentFiles files,
            Catalog catalog,
            ReaderCatalog readers,
            Accounts accounts,
            Clock clock,
            @Value("${dossier.attachments.max-bytes:20000000}") long maxBytes) {
        this.editing = editing;
        this.attachments = attachments;
        this.files = files;
        this.catalog = catalog;
        this.readers = readers;
        this.accounts = accounts;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @PostMapping("/edit/{id}/attachments")
    String attach(
            @PathVariable String id,
            @RequestParam(required = false) MultipartFile file,
            Principal principal,
            RedirectAttributes redirect)
            throws IOException {
        Account me = me(principal);
        Publication p = editing.open(id, me);
        if (!editing.mayEdit(p, me)) {
            throw new Editing.NotAllowed("you may not edit this publication");
        }
        Optional<Upload> upload = check(file, redirect);
        if (upload.isPresent()) {
            keep(id, upload.get(), me);
            redirect.addFlashAttribute(
                    "done",
                    Editing.done(editing.attached(
                            id, upload.get().name(), upload.get().pdf(), me)));
        }
        return "redirect:/edit/" + id;
    }

    @PostMapping("/edit/new/pdf")
    String createFromPdf(
            @RequestParam(required = false) MultipartFile file, Principal principal, RedirectAttributes redirect)
            throws IOException {
        Account me = me(principal);
        Optional<Upload> upload = check(file, redirect);
        if (upload.isEmpty()) {
            return "redirect:/edit/new";
        }
        Editing.Outcome outcome =
                editing.createFromPdf(upload.get().name(), upload.get().pdf(), me);
        if (!outcome.ok()) {
            redirect.addFlashAttribute(
                    "problem",
                    "The PDF could not start a draft: "
                            + String.join("; ", outcome.errors().values()));
            return "redirect:/edit/new";
        }
        String id = outcome.revision().publicationId();
        keep(id, upload.get(), me);
        redirect.addFlashAttribute(
                "done", "Draft created from " + upload.get().name() + ": check what it took from the PDF.");
        return "redirect:/edit/" + id;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<Resource> download(@PathVariable String id, Principal principal) {
        Attachment a = attachments.find(id).orElseThrow(() -> new Editing.Missing("attachment " + id));
        boolean forReaders = readers.find(a.publicationId()).isPresent();
        boolean forEditor = principal != null
                && accounts.find(principal.getName())
                        .flatMap(me -> catalog.find(a.publicationId()).filter(p -> editing.mayEdit(p, me)))
                        .isPresent();
        if (!forReaders && !forEditor) {
            throw new Editing.Missing("attachment " + id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(a.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .eTag(a.sha256())
                .body(new FileSystemResource(files.path(a.sha256())));
    }

    /** An upload that passed the checks: its safe name, bytes and content. */
    private record Upload(String name, byte[] bytes, PdfContent pdf) {}

    private Optional<Upload> check(MultipartFile file, RedirectAttributes redirect) throws IOException {
        String problem = null;
        Upload upload = null;
        if (file == null || file.isEmpty()) {
            problem = "Choose a PDF file to upload.";
        } else if (file.getSize() > maxBytes) {
            problem = "The file is larger than " + maxBytes / 1_000_000 + " MB; nothing was stored.";
        } else {
            byte[] bytes = file.getBytes();
            try {
                upload = new Upload(safeName(file.getOriginalFilename()), bytes, PdfContent.read(bytes));
            } catch (PdfContent.NotAPdf e) {
                problem = "Not attached: " + e.getMessage() + ".";
            }
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
        }
        return Optional.ofNullable(upload);
    }

    private void keep(String publicationId, Upload upload, Account me) {
        String sha256 = files.store(upload.bytes());
        attachments.add(new Attachment(
                Ids.newId(),
                publicationId,
                upload.name(),
                sha256,
                upload.bytes().length,
                clock.instant(),
                me.username()));
    }

    /** The last segment of whatever the browser sent, in safe characters, ending in .pdf. */
    static String safeName(String original) {
        String last = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        String safe = last.replaceAll("[^A-Za-z0-9._ -]", "_")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        if (safe.isEmpty() || safe.equals(".pdf")) {
            safe = "attachment.pdf";
        }
        return safe.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? safe : safe + ".pdf";
    }

    private Account me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow(() -> new Editing.NotAllowed("no account"));
    }
}
