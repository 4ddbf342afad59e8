package org.dossier.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Harvests a whole OAI-PMH repository page by page, as a harvester does, and prints records/s and the time
 * of each page at the start and the end of the list: {@code OaiHarvest BASE-URL VERB PREFIX [LABEL]}.
 */
public final class OaiHarvest {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    private OaiHarvest() {}

    public static void main(String[] args) throws Exception {
        // several base addresses (comma-separated): the pages alternate between them, as behind a load balancer
        String[] bases = args[0].split(",");
        String verb = args.length > 1 ? args[1] : "ListRecords";
        String prefix = args.length > 2 ? args[2] : "oai_dc";
        String label = args.length > 3 ? " " + args[3] : "";
        HttpClient http = HttpClient.newHttpClient();
        List<Long> pageNanos = new ArrayList<>();
        long records = 0;
        long bytes = 0;
        String query = "verb=" + verb + "&metadataPrefix=" + prefix;
        long start = System.nanoTime();
        while (query != null) {
            long t = System.nanoTime();
            String body = http.send(
                            HttpRequest.newBuilder(URI.create(bases[pageNanos.size() % bases.length] + "?" + query))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Page page = read(body, verb.equals("ListRecords") ? "record" : "header");
            pageNanos.add(System.nanoTime() - t);
            if (page.error != null) {
                throw new IllegalStateException("OAI-PMH error " + page.error + " after " + records + " records");
            }
            records += page.records;
            bytes += body.length();
            query = page.token == null || page.token.isEmpty()
                    ? null
                    : "verb=" + verb + "&resumptionToken=" + URLEncoder.encode(page.token, StandardCharsets.UTF_8);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int pages = pageNanos.size();
        int k = Math.min(5, pages);
        double first = median(pageNanos.subList(0, k));
        double last = median(pageNanos.subList(pages - k, pages));
        System.out.printf(
                "%s %s%s: %,d records in %,d pages through %d node(s), %.1f s → %,.0f records/s (%,.1f MB)%n",
                verb, prefix, label, records, pages, bases.length, seconds, records / seconds, bytes / 1e6);
        System.out.printf(
                "  first page %.1f ms, last page %.1f ms; median of the first %d pages %.1f ms, of the last %d %.1f ms → last/first %.2f%n",
                pageNanos.get(0) / 1e6, pageNanos.get(pages - 1) / 1e6, k, first / 1e6, k, last / 1e6, last / first);
    }

    private record Page(int records, String token, String error) {}

    private static Page read(String body, String element) throws Exception {
        XMLStreamReader xml = XML.createXMLStreamReader(new StringReader(body));
        int records = 0;
        String token = null;
        String error = null;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "resumptionToken" -> token = xml.getElementText();
                    case "error" -> error = xml.getAttributeValue(null, "code");
                    default -> {
                        if (xml.getLocalName().equals(element)
                                && xml.getNamespaceURI().equals("http://www.openarchives.org/OAI/2.0/")) {
                            records++;
                        }
                    }
                }
            }
        }
        return new Page(records, token, error);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
