package org.dossier.app.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.attachment.Attachment;
import org.dossier.attachment.Attachments;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** PDFs: a draft started from one, text and metadata taken in, served to readers; bad uploads refused whole. */
class AttachmentTest extends AccountSite {
    private static final Pattern EDIT = Pattern.compile("/edit/([A-Z0-9]+)$");

    @Autowired
    Catalog catalog;

    @Autowired
    Attachments attachments;

    @Value("${dossier.data}")
    Path data;

    @Test
    void startsADraftFromAPdfWithItsTitleAuthorDateAndTextAndServesItOncePublished() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        byte[] pdf = pdf(
                "Mali Water Report", "Aminata Diallo", "Herders and farmers share the wells of the Inner Niger Delta.");

        HttpResponse<String> r = editor.postFile("/edit/new/pdf", "mali-water.pdf", "application/pdf", pdf);

        String id = created(r);
        Publication p = catalog.find(id).orElseThrow();
        assertThat(p.title()).isEqualTo("Mali Water Report");
        assertThat(p.authors()).extracting(a -> a.person().name()).containsExactly("Aminata Diallo");
        assertThat(p.date()).hasToString("2024-05-02");
        assertThat(p.body()).contains("Inner Niger Delta");
        Attachment a = attachments.of(id).get(0);
        assertThat(a.fileName()).isEqualTo("mali-water.pdf");
        assertThat(editor.get("/edit/" + id).body())
                .contains(
                        "Draft created from mali-water.pdf",
                        "<a href=\"/attachments/" + a.id() + "\">mali-water.pdf</a>");
        assertThat(SignedIn.anonymous(port).get("/attachments/" + a.id()).statusCode())
                .isEqualTo(404);

        EditingTest.act(editor, id, formOf(p), "publish");

        HttpResponse<byte[]> download = SignedIn.anonymous(port).getBytes("/attachments/" + a.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("mali-water.pdf");
        String page = SignedIn.anonymous(port).get(p.path()).body();
        assertThat(page)
                .contains(
                        "<meta name=\"citation_pdf_url\" content=\"http://localhost:" + port + "/attachments/" + a.id()
                                + "\">",
                        "Download the PDF (mali-water.pdf");
    }

    @Test
    void attachesAPdfToAPublicationAndFillsOnlyWhatItLacks() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        java.util.Map<String, String> form = EditingTest.brief("A brief with its own text");
        String id = EditingTest.create(editor, form);

        HttpResponse<String> r = editor.postFile(
                "/edit/" + id + "/attachments",
                "report.pdf",
                "application/pdf",
                pdf("Another title", "Someone Else", "Text from the PDF."));

        assertThat(r.statusCode()).isEqualTo(302);
        Publication p = catalog.find(id).orElseThrow();
        assertThat(p.title()).isEqualTo("A brief with its own text");
        assertThat(p.body()).isEqualTo("First paragraph.\n\nSecond paragraph about herders.");
        assertThat(p.authors()).extracting(a -> a.person().name()).containsExactly("Aminata Diallo");
        assertThat(editor.get("/edit/" + id).body()).contains("Attached report.pdf (revision 2).");
    }

    @Test
    void refusesWhatIsNotAReadablePdfWhateverItsNameAndTypeAndStoresNothing() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String id = EditingTest.create(editor, EditingTest.brief("Uploads refused"));
        byte[] tooBig = new byte[20_000_001];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, tooBig, 0, 9);
        List<Object[]> uploads = List.of(
                new Object[] {
                    "page.pdf",
                    "<html><script>alert(1)</script></html>".getBytes(),
                    "Not attached: the file is not a PDF (it does not start as one)."
                },
                new Object[] {
                    "broken.pdf", "%PDF-1.7\nthis is not a PDF body".getBytes(), "Not attached: the PDF cannot be read"
                },
                new Object[] {"huge.pdf", tooBig, "The file is larger than 20 MB; nothing was stored."},
                new Object[] {"empty.pdf", new byte[0], "Choose a PDF file to upload."});
        long filesBefore = storedFiles();

        for (Object[] upload : uploads) {
            HttpResponse<String> r = editor.postFile(
                    "/edit/" + id + "/attachments", (String) upload[0], "application/pdf", (byte[]) upload[1]);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(editor.get("/edit/" + id).body()).as((String) upload[0]).contains((String) upload[2]);
        }

        assertThat(attachments.of(id)).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(catalog.find(id).orElseThrow().title()).isEqualTo("Uploads refused");
    }

    @Test
    void keepsAnUploadUnderItsDigestWhateverPathItsNameClaims() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String id = EditingTest.create(editor, EditingTest.brief("Traversal"));

        editor.postFile(
                "/edit/" + id + "/attachments", "../../../../tmp/evil.pdf", "application/pdf", pdf("T", "A", "Body."));

        Attachment a = attachments.of(id).get(0);
        assertThat(a.fileName()).isEqualTo("evil.pdf");
        assertThat(data.resolve("attachments").resolve(a.sha256() + ".pdf")).exists();
        assertThat(Path.of("/tmp/evil.pdf")).doesNotExist();
    }

    @Test
    void aContributorCannotAttachToSomeoneElsesPublication() throws Exception {
        String id = EditingTest.create(as(Role.EDITOR), EditingTest.brief("Not theirs"));

        HttpResponse<String> r = as(Role.CONTRIBUTOR)
                .postFile("/edit/" + id + "/attachments", "x.pdf", "application/pdf", pdf("T", "A", "B"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(attachments.of(id)).isEmpty();
    }

    private long storedFiles() throws IOException {
        Path folder = data.resolve("attachments");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static java.util.Map<String, String> formOf(Publication p) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("title", p.title());
        form.put("date", p.date().toString());
        form.put("authors", "Aminata Diallo");
        form.put("body", p.body());
        return form;
    }

    private static String created(HttpResponse<String> r) {
        Matcher m = EDIT.matcher(r.headers().firstValue("Location").orElse(""));
        if (r.statusCode() != 302 || !m.find()) {
            throw new AssertionError(
                    "no draft: " + r.statusCode() + " " + r.headers().firstValue("Location"));
        }
        return m.group(1);
    }

    static byte[] pdf(String title, String author, String text) throws IOException {
        return AttachmentTestPdf.of(title, author, text);
    }
}
