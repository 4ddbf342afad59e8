package org.dossier.app.web;

/** What an error page shows. */
public record ErrorPage(int status, String title, String message) {}
