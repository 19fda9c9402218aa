package org.entente.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body in a page's DOM by scoring, in the manner of Readability and trafilatura:
 * <ol>
 *   <li><b>Prune</b> what is never body: scripts, styles, forms controls, navigation, asides, footers, hidden
 *       elements, and blocks whose class, id or ARIA role names boilerplate (share, comments, related, ads,
 *       newsletter, ...) unless they hold most of the page's text.</li>
 *   <li><b>Score paragraphs</b>: every paragraph-like block of 25+ characters (p, pre, td, and the inline text
 *       runs of divs) earns 1 + its commas + one point per 100 characters (at most 3), given to its parent in
 *       full, its grandparent by half, and further ancestors by a third of their level; containers start from a
 *       tag prior (div +5, lists -3, headings -5) and a class prior (±25 for article-ish or boilerplate names).</li>
 *   <li><b>Choose</b> the container with the best score after scaling by (1 - link density), widen it to an
 *       ancestor when several near-best candidates sit under it, then add siblings that score, read as prose
 *       (long, few links) or share its class.</li>
 *   <li><b>Clean</b> inside it: drop lists, tables and divs that are mostly links, images or form controls,
 *       headings named like boilerplate, and lines that are mostly link text.</li>
 * </ol>
 * Paragraphs come out in document order, one per block element or line break.
 */
final class BodyExtractor {

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "select", "option", "button", "input", "textarea", "link",
            "meta", "nav", "aside", "footer", "dialog", "menu", "map", "head", "figcaption");
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "menu", "menubar", "complementary", "dialog",
            "alert", "alertdialog", "banner", "contentinfo", "search");
    /** Class or id fragments of blocks that are unlikely to be the body (Readability's list, extended). */
    private static final List<String> UNLIKELY = List.of("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "share", "sharing", "newsletter",
            "subscri", "promo", "outbrain", "taboola", "recirc", "most-popular", "mostpopular", "trending", "cookie",
            "consent", "modal", "paywall", "signup", "login", "toolbar", "print-only", "read-more", "readmore",
            "more-stories", "tags", "keywords", "author-bio", "copyright", "caption", "credit");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AD_TOKEN = Pattern.compile("(^|[\\s_-])(ad|ads|advert|advertisement|adv|dfp|gpt|banner-ad)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
            + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
            + "|widget|byline|author|dateline|caption|credit|newsletter|subscri|recommend", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|articlebody|article-body",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "br",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> INLINE_CONTAINERS = Set.of("div", "section", "article", "main", "span", "font",
            "center", "body");
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。]( |$)");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** Per-element text statistics, computed once bottom-up. */
    private static final class Stats {
        int text;       // visible characters, whitespace runs counted once
        int links;      // of which inside links
        int commas;
        int inlineText; // text of direct text nodes and inline children (a div's own paragraph)
        int inlineCommas;
        boolean hasBlockChild;
        double score;
        boolean scored;
        int prose;      // characters of low-link paragraphs inside
        int paragraphs; // descendant counts (self included) for conditional cleaning
        int images;
        int items;
        int inputs;
        int times;
    }

    /** The chosen body: paragraphs in document order with the share of their text inside links. */
    record Body(List<String> paragraphs, double linkDensity) {}

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    private BodyExtractor() {}

    static Body extract(Element body) {
        return new BodyExtractor().run(body);
    }

    private Body run(Element body) {
        prune(body);
        computeStats(body);
        removeUnlikely(body);
        stats.clear();
        computeStats(body);
        scoreParagraphs(body);
        final Element top = topCandidate(body);
        final List<Element> parts = withSiblings(top);
        final List<Line> lines = new ArrayList<>();
        for (Element part : parts) {
            cleanConditionally(part);
            emit(part, lines);
        }
        final List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        int linkChars = 0;
        for (Line l : lines) {
            final String t = l.text.toString().replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
            if (t.isEmpty()) {
                continue;
            }
            final double density = l.linkChars / (double) Math.max(1, l.chars);
            if (density > 0.6 && t.length() < 300) {
                continue; // a line that is mostly link text: a related-story teaser or a tag list
            }
            chars += l.chars;
            linkChars += l.linkChars;
            paragraphs.add(t);
        }
        return new Body(paragraphs, linkChars / (double) Math.max(1, chars));
    }

    // ---------------------------------------------------------------- pruning

    private static void prune(Element body) {
        final List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            final String tag = e.normalName();
            if (JUNK_TAGS.contains(tag) || isHidden(e) || JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                remove.add(e);
            }
        }
        for (Element e : remove) {
            e.remove();
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        final String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        final String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private void removeUnlikely(Element body) {
        final int total = Math.max(1, stats(body).text);
        final List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            final String tag = e.normalName();
            if (e == body || tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("p")) {
                continue;
            }
            final String names = e.className() + " " + e.id();
            if (names.isBlank() || hasAncestor(e, "table", "code", "pre") && !tag.equals("table")) {
                continue;
            }
            final boolean unlikely = (containsAny(names.toLowerCase(Locale.ROOT), UNLIKELY) && !MAYBE.matcher(names).find())
                    || AD_TOKEN.matcher(names).find();
            if (!unlikely) {
                continue;
            }
            final Stats s = stats(e);
            // Protection: a block holding most of the page's prose is not boilerplate, whatever its name.
            final boolean prose = s.text > total * 0.4 && s.links < s.text * 0.3;
            if (!prose) {
                remove.add(e);
            }
        }
        for (Element e : remove) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean containsAny(String s, List<String> fragments) {
        for (String f : fragments) {
            if (s.contains(f)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- statistics

    private Stats stats(Element e) {
        final Stats s = stats.get(e);
        return s == null ? new Stats() : s;
    }

    private void computeStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                final Stats s = new Stats();
                final String tag = e.normalName();
                final boolean isLink = tag.equals("a");
                switch (tag) {
                    case "p" -> s.paragraphs++;
                    case "img" -> s.images++;
                    case "li" -> s.items++;
                    case "input", "select", "textarea", "button" -> s.inputs++;
                    case "time" -> s.times++;
                    default -> { }
                }
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        final int len = visibleLength(t.getWholeText());
                        final int commas = commas(t.getWholeText());
                        s.text += len;
                        s.commas += commas;
                        s.inlineText += len;
                        s.inlineCommas += commas;
                        if (isLink) {
                            s.links += len;
                        }
                    } else if (child instanceof Element c) {
                        final Stats cs = stats.get(c);
                        if (cs == null) {
                            continue;
                        }
                        s.text += cs.text;
                        s.commas += cs.commas;
                        s.paragraphs += cs.paragraphs;
                        s.images += cs.images;
                        s.items += cs.items;
                        s.inputs += cs.inputs;
                        s.times += cs.times;
                        s.links += isLink ? cs.text : cs.links;
                        if (BLOCK_TAGS.contains(c.normalName())) {
                            s.hasBlockChild = true;
                        } else {
                            s.inlineText += cs.text;
                            s.inlineCommas += cs.commas;
                        }
                    }
                }
                stats.put(e, s);
            }
        }, root);
    }

    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    private double linkDensity(Element e) {
        final Stats s = stats(e);
        return s.text == 0 ? 0 : s.links / (double) s.text;
    }

    // ---------------------------------------------------------------- scoring

    private void scoreParagraphs(Element body) {
        for (Element e : body.getAllElements()) {
            final String tag = e.normalName();
            final Stats s = stats(e);
            int length;
            int commas;
            Element firstAncestor;
            if (PARAGRAPH_TAGS.contains(tag)) {
                length = s.text;
                commas = s.commas;
                firstAncestor = e.parent();
                if (tag.equals("td") && s.hasBlockChild) {
                    continue; // a layout cell: its paragraphs score on their own
                }
            } else if (INLINE_CONTAINERS.contains(tag) && e.parent() != null) {
                length = s.inlineText;
                commas = s.inlineCommas;
                // A div without block children is itself a paragraph; otherwise its inline runs form one inside it.
                firstAncestor = s.hasBlockChild ? e : e.parent();
                if (tag.equals("span") || tag.equals("font")) {
                    if (s.hasBlockChild || e.parent() == null || !BLOCK_TAGS.contains(e.parent().normalName())
                            || PARAGRAPH_TAGS.contains(e.parent().normalName())) {
                        continue;
                    }
                }
            } else {
                continue;
            }
            if (length < MIN_PARAGRAPH || firstAncestor == null || !tag.equals("p") && hasAncestor(e, "p")) {
                continue;
            }
            final double score = 1 + commas + Math.min(length / 100, 3);
            if (linkDensity(e) < 0.25) {
                for (Element a = firstAncestor; a != null; a = a.parent()) {
                    stats.computeIfAbsent(a, k -> new Stats()).prose += length;
                }
            }
            Element a = firstAncestor;
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                final Stats as = stats(a);
                if (!as.scored) {
                    initialize(a, as);
                }
                final double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                as.score += score / divider;
                if (a == body) {
                    break;
                }
            }
        }
    }

    private void initialize(Element e, Stats s) {
        s.scored = true;
        stats.putIfAbsent(e, s);
        s.score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        s.score += classWeight(e);
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            s.score += 10;
        }
    }

    private static int classWeight(Element e) {
        int w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                w += 25;
            }
        }
        return w;
    }

    private double finalScore(Element e) {
        final Stats s = stats(e);
        return s.scored ? s.score * (1 - linkDensity(e)) : 0;
    }

    private Element topCandidate(Element body) {
        final List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, Stats> en : stats.entrySet()) {
            if (en.getValue().scored) {
                candidates.add(en.getKey());
            }
        }
        if (candidates.isEmpty()) {
            return body;
        }
        candidates.sort(Comparator.comparingDouble(this::finalScore).reversed());
        Element top = candidates.get(0);
        final double topScore = finalScore(top);
        // Several near-best candidates under one ancestor: the article is split into sections; take the ancestor.
        final List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(candidates.size(), 5); i++) {
            if (finalScore(candidates.get(i)) / topScore >= 0.75) {
                alternatives.add(candidates.get(i));
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && parent != body) {
                int contained = 0;
                for (Element alt : alternatives) {
                    if (alt == parent || isAncestor(parent, alt)) {
                        contained++;
                    }
                }
                if (contained >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        // Climb while the parent scores higher (the candidate was one of its sections), or is its only container.
        Element parent = top.parent();
        double last = finalScore(top);
        final double threshold = last / 3;
        while (parent != null && parent != body) {
            final double ps = finalScore(parent);
            if (!stats(parent).scored) {
                parent = parent.parent();
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return widenToSplitArticle(top, body);
    }

    /**
     * An article cut into sections by figures, pull quotes or ads sits in several sibling containers; the best one
     * holds only part of it. Widen to an ancestor while what the ancestor adds is mostly prose (paragraphs with
     * few links), at least a quarter again as much as we have, and not buried in other text.
     */
    private Element widenToSplitArticle(Element top, Element body) {
        Element current = top;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            final Stats cur = stats(current);
            final Stats par = stats(parent);
            final int addedProse = par.prose - cur.prose;
            final int addedText = par.text - cur.text;
            final int addedLinks = par.links - cur.links;
            if (addedText <= 0) {
                current = parent; // a wrapper adding nothing
                continue;
            }
            if (addedProse >= cur.prose / 4 && addedProse >= addedText * 0.6 && addedLinks <= addedText * 0.2) {
                current = parent;
            } else {
                break;
            }
        }
        return current;
    }

    private static boolean hasAncestor(Element e, String... tags) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            final String name = p.normalName();
            for (String t : tags) {
                if (t.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top) {
        final Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        final double topScore = finalScore(top);
        final double threshold = Math.max(10, topScore * 0.2);
        final List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
                bonus += topScore * 0.2;
            }
            final Stats s = stats(sibling);
            if (s.scored && finalScore(sibling) + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p") || (sibling.normalName().equals("div") && !s.hasBlockChild)) {
                final double ld = linkDensity(sibling);
                final String text = sibling.text();
                if ((s.text > 80 && ld < 0.25)
                        || (s.text > 0 && s.text <= 80 && ld == 0 && SENTENCE_END.matcher(text).find())) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    // ---------------------------------------------------------------- cleaning

    private void cleanConditionally(Element root) {
        final List<Element> all = new ArrayList<>(root.getAllElements());
        for (int i = all.size() - 1; i >= 0; i--) {
            final Element e = all.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            final String tag = e.normalName();
            if (tag.equals("h1")) {
                e.remove(); // the headline is a field of its own
                continue;
            }
            if (isOnlyATime(e)) {
                e.remove(); // a publication-date line: a field of its own
                continue;
            }
            if (HEADINGS.contains(tag) && (classWeight(e) < 0 || linkDensity(e) > 0.33)) {
                e.remove();
                continue;
            }
            if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("table") || tag.equals("div")
                    || tag.equals("section") || tag.equals("figure") || tag.equals("form") || tag.equals("header"))) {
                continue;
            }
            if (junk(e, tag)) {
                e.remove();
            }
        }
    }

    private boolean isOnlyATime(Element e) {
        if (stats(e).times == 0 || e.normalName().equals("time") || stats(e).text > 80) {
            return false;
        }
        final org.jsoup.select.Elements times = e.getElementsByTag("time");
        final String all = e.text().strip();
        return !all.isEmpty() && all.length() <= times.text().strip().length() + 3;
    }

    private boolean junk(Element e, String tag) {
        final Stats s = stats(e);
        final int weight = classWeight(e);
        if (weight + (s.scored ? s.score : 0) < 0 && s.text < 1000) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        final boolean isList = tag.equals("ul") || tag.equals("ol");
        final int p = s.paragraphs;
        final int img = s.images;
        final int li = s.items - 100; // as Readability: lists only count when huge
        final int inputs = s.inputs;
        final double ld = linkDensity(e);
        if (tag.equals("figure")) {
            return false;
        }
        if (img > 1 && p / (double) img < 0.5 && s.text < 200) {
            return true;
        }
        if (!isList && li > p) {
            return true;
        }
        if (inputs > p / 3.0 && inputs > 0) {
            return true;
        }
        if (!isList && s.text < MIN_PARAGRAPH && (img == 0 || img > 2) && !hasAncestor(e, "figure")
                && !tag.equals("div")) {
            return true;
        }
        if (!isList && weight < 25 && ld > 0.2 && s.text < 500) {
            return true;
        }
        if (isList && ld > 0.5) {
            return true;
        }
        return weight >= 25 && ld > 0.5;
    }

    // ---------------------------------------------------------------- output

    private static final class Line {
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
    }

    private static void emit(Element root, List<Line> lines) {
        final Line[] current = {new Line()};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    final String s = t.getWholeText();
                    current[0].text.append(s);
                    final int len = visibleLength(s);
                    current[0].chars += len;
                    final Element p = t.parent();
                    if (p != null && (p.normalName().equals("a") || hasAncestor(p, "a"))) {
                        current[0].linkChars += len;
                    }
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                }
            }

            private void flush() {
                if (current[0].chars > 0) {
                    lines.add(current[0]);
                }
                current[0] = new Line();
            }
        }, root);
        if (current[0].chars > 0) {
            lines.add(current[0]);
        }
    }
}
