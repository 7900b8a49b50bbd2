package org.mandatetracker.document;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as UN web pages serve it: every block element becomes a paragraph of its own, line breaks stay
 * line breaks, scripts and styles are dropped.
 */
final class HtmlReader implements DocumentReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "blockquote", "section", "article", "header", "footer", "ol", "ul", "dl", "dt", "dd",
            "pre", "address", "main", "aside", "figure", "figcaption", "hr", "title", "body");
    private static final Set<String> IGNORED = Set.of("script", "style", "noscript", "template", "head", "nav");

    @Override
    public DocumentText read(byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        return new DocumentText(TextCleaner.clean(toText(decoded.text())), "html", decoded.charset());
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            private int ignoredDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (IGNORED.contains(tag)) {
                        ignoredDepth++;
                    } else if (ignoredDepth == 0 && tag.equals("br")) {
                        out.append('\n');
                    } else if (ignoredDepth == 0 && BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    } else if (ignoredDepth == 0 && (tag.equals("td") || tag.equals("th"))) {
                        out.append('\t');
                    }
                } else if (node instanceof TextNode text && ignoredDepth == 0) {
                    out.append(text.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (IGNORED.contains(tag)) {
                        ignoredDepth--;
                    } else if (ignoredDepth == 0 && BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                }
            }
        }, document);
        return out.toString();
    }
}
