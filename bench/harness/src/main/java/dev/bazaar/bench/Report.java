package dev.bazaar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's summary as Markdown ({@code summary.md}, also printed) and HTML ({@code index.html}):
 * sections of a table, notes, charts and links, in the order they were measured.
 */
final class Report {

    static final class Section {
        final String title;
        final List<String> header = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final List<String[]> links = new ArrayList<>();

        Section(String title) {
            this.title = title;
        }

        Section header(String... cells) {
            header.addAll(List.of(cells));
            return this;
        }

        Section row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        Section note(String text) {
            notes.add(text);
            return this;
        }

        Section image(String relativePath) {
            images.add(relativePath);
            return this;
        }

        Section link(String text, String relativePath) {
            links.add(new String[] {text, relativePath});
            return this;
        }
    }

    private final String title;
    private final List<String> preamble = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    Report(String title) {
        this.title = title;
    }

    void preamble(String line) {
        preamble.add(line);
    }

    Section section(String title) {
        Section section = new Section(title);
        sections.add(section);
        return section;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        preamble.forEach(line -> out.append(line).append("  \n"));
        for (Section section : sections) {
            out.append("\n## ").append(section.title).append("\n\n");
            if (!section.header.isEmpty()) {
                out.append("| ").append(String.join(" | ", section.header)).append(" |\n|");
                section.header.forEach(h -> out.append("---|"));
                out.append('\n');
                section.rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
                out.append('\n');
            }
            section.notes.forEach(note -> out.append(note).append("\n\n"));
            section.images.forEach(image -> out.append("![").append(section.title).append("](").append(image).append(")\n"));
            if (!section.links.isEmpty()) {
                out.append("\nReports: ");
                List<String> links = section.links.stream().map(l -> "[" + l[0] + "](" + l[1] + ")").toList();
                out.append(String.join(", ", links)).append('\n');
            }
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;max-width:980px;margin:2em auto;}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
                        + "th{background:#eee}td:first-child{text-align:left}img{max-width:100%}</style></head><body>")
                .append("<h1>").append(escape(title)).append("</h1><p>");
        preamble.forEach(line -> out.append(inline(line)).append("<br>"));
        out.append("</p>");
        for (Section section : sections) {
            out.append("<h2>").append(escape(section.title)).append("</h2>");
            if (!section.header.isEmpty()) {
                out.append("<table><tr>");
                section.header.forEach(h -> out.append("<th>").append(inline(h)).append("</th>"));
                out.append("</tr>");
                for (List<String> row : section.rows) {
                    out.append("<tr>");
                    row.forEach(cell -> out.append("<td>").append(inline(cell)).append("</td>"));
                    out.append("</tr>");
                }
                out.append("</table>");
            }
            section.notes.forEach(note -> out.append("<p>").append(inline(note)).append("</p>"));
            section.images.forEach(image -> out.append("<p><img src=\"").append(escape(image)).append("\"></p>"));
            if (!section.links.isEmpty()) {
                out.append("<p>Reports: ");
                section.links.forEach(l -> out.append("<a href=\"").append(escape(l[1])).append("\">").append(escape(l[0]))
                        .append("</a> "));
                out.append("</p>");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("summary.md"), markdown());
        Files.writeString(dir.resolve("index.html"), html());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Markdown's **bold** and `code` in HTML. */
    private static String inline(String text) {
        return escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("`(.+?)`", "<code>$1</code>");
    }
}
