package org.dossier.app.security;

/** What the sign-in page shows. */
public record LoginPage(String message, boolean failed, Csrf csrf) {
    public String messageClass() {
        return failed ? "form-error" : "notice";
    }

    public String messageRole() {
        return failed ? "alert" : "status";
    }
}
