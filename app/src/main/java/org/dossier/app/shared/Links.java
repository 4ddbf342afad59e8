package org.dossier.app.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where each thing lives on the site. */
public final class Links {
    private Links() {}

    public static String person(String id) {
        return "/people/" + encode(id);
    }

    public static String topic(String name) {
        return "/topics/" + encode(name);
    }

    public static String place(String code) {
        return "/places/" + encode(code);
    }

    public static String collection(String name) {
        return "/collections/" + encode(name);
    }

    public static String series(String name) {
        return "/series/" + encode(name);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
