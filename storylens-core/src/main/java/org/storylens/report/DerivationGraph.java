package org.storylens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.Published;

/**
 * A story's derivation links drawn as inline SVG, an arc diagram: one row per article, earliest
 * publication at the top (articles without a date last, in the story's order), each labelled with
 * its number in the story, its outlet and its time; one arc per link, drawn left of the rows from
 * the earlier article to the one that derives from it, ending in an arrowhead, its kind shown by
 * colour and dash (the legend below says which) and its strength by width. The column of dots
 * stands as far right as the widest arc needs.
 *
 * <p>Why arcs beside a column and not a force layout? Rows keep the labels horizontal and the
 * time order readable whether a story has 2 articles or 30, the drawing is the same for the same
 * report (no random layout), and it needs no script. Nothing from an article reaches an attribute
 * but text nodes and {@code title} elements; the drawing has no ids, so two stories' drawings on
 * one page cannot collide.
 */
final class DerivationGraph {

  private static final int ROW = 26;
  private static final int TOP = 18;
  private static final int LABEL_WIDTH = 430;
  /** How far left of the dots the widest arc reaches. */
  private static final int MAX_DEPTH = 230;
  /** The legend's samples and text need this much room left of the labels at least. */
  private static final int MIN_COLUMN = 60;
  private static final int LABEL_LENGTH = 58;

  private DerivationGraph() {}

  /**
   * @param keys each article id of the story and its number there, in the story's order
   * @param articles the articles by id (an id missing here is drawn by its id)
   * @param links the story's derivation links; a link to an article outside {@code keys} is left
   *     out (the list under the drawing still has it)
   */
  static Element draw(
      Map<String, Integer> keys, Map<String, Article> articles, List<DerivationLink> links) {
    List<String> order = new ArrayList<>(keys.keySet());
    order.sort(
        Comparator.comparing(
                (String id) ->
                    published(articles.get(id)).map(Published::iso).orElse("\uFFFF"))
            .thenComparing(keys::get));
    int rows = order.size();
    int legendTop = TOP + rows * ROW + 6;
    List<DerivationLink> drawn =
        links.stream().filter(l -> keys.containsKey(l.from()) && keys.containsKey(l.to())).toList();
    // the dots' column: as far right as the deepest arc needs, no further
    int column =
        Math.max(
            MIN_COLUMN,
            12 + drawn.stream()
                .mapToInt(l -> depth(Math.abs(order.indexOf(l.to()) - order.indexOf(l.from())), l.kind()))
                .max()
                .orElse(0));
    int width = column + 16 + LABEL_WIDTH;
    int height = legendTop + 4 * 18 + 8;
    Element svg =
        new Element("svg")
            .addClass("derivation-graph")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("width", Integer.toString(width))
            .attr("height", Integer.toString(height))
            .attr("viewBox", "0 0 " + width + " " + height)
            .attr("role", "img")
            .attr(
                "aria-label",
                "Derivation graph: " + rows + " articles, earliest at the top, and "
                    + drawn.size() + (drawn.size() == 1 ? " link" : " links"));

    Set<String> derived = new HashSet<>();
    Set<String> sources = new HashSet<>();
    drawn.forEach(l -> { derived.add(l.to()); sources.add(l.from()); });

    for (DerivationLink link : drawn) {
      int from = order.indexOf(link.from());
      int to = order.indexOf(link.to());
      int depth = depth(Math.abs(to - from), link.kind());
      int x = column - 7;
      int y1 = y(from);
      int y2 = y(to);
      Element edge = svg.appendElement("g").addClass("edge").addClass(link.kind().jsonName());
      edge.appendElement("title")
          .text(
              label(link.to(), keys, articles) + " derives from " + label(link.from(), keys, articles)
                  + ": " + link.kind().jsonName()
                  + String.format(Locale.ROOT, " %.2f", link.score()) + " — "
                  + HtmlText.clip(link.evidence(), 300));
      edge.appendElement("path")
          .attr(
              "d",
              "M" + x + " " + y1 + " C" + (column - depth) + " " + y1 + " " + (column - depth)
                  + " " + y2 + " " + x + " " + y2)
          .attr("stroke-width", String.format(Locale.ROOT, "%.1f", 1.2 + 2 * link.score()));
      edge.appendElement("polygon")
          .attr("points", x + "," + y2 + " " + (x - 9) + "," + (y2 - 5) + " " + (x - 9) + "," + (y2 + 5));
    }

    for (int i = 0; i < rows; i++) {
      String id = order.get(i);
      Element node = svg.appendElement("g").addClass("node");
      if (derived.contains(id)) {
        node.addClass("derived");
      } else if (sources.contains(id)) {
        node.addClass("origin");
      }
      Article article = articles.get(id);
      node.appendElement("title").text(tooltip(id, keys, article));
      node.appendElement("circle")
          .attr("cx", Integer.toString(column))
          .attr("cy", Integer.toString(y(i)))
          .attr("r", "6");
      String when = published(article).map(p -> " · " + p.iso().replace('T', ' ')).orElse(" · no date");
      node.appendElement("text")
          .attr("x", Integer.toString(column + 14))
          .attr("y", Integer.toString(y(i) + 4))
          .text(keys.get(id) + " " + HtmlText.clip(outlet(id, article), LABEL_LENGTH) + when);
    }

    Element legend = svg.appendElement("g").addClass("legend");
    int y = legendTop + 10;
    for (DerivationLink.Kind kind : DerivationLink.Kind.values()) {
      Element entry = legend.appendElement("g").addClass("edge").addClass(kind.jsonName());
      entry.appendElement("path").attr("d", "M10 " + y + " L46 " + y).attr("stroke-width", "2");
      entry.appendElement("text").attr("x", "54").attr("y", Integer.toString(y + 4)).text(describe(kind));
      y += 18;
    }
    legend.appendElement("g").addClass("node").addClass("origin")
        .appendElement("circle").attr("cx", "18").attr("cy", Integer.toString(y)).attr("r", "6");
    legend.appendElement("g").addClass("node").addClass("derived")
        .appendElement("circle").attr("cx", "38").attr("cy", Integer.toString(y)).attr("r", "6");
    legend.appendElement("text")
        .attr("x", "54")
        .attr("y", Integer.toString(y + 4))
        .text("filled: others derive from it; ringed: it derives from another; grey: neither");
    return svg;
  }

  /** How far left an arc over {@code span} rows reaches; kinds apart, so arcs of one pair do not overlap. */
  private static int depth(int span, DerivationLink.Kind kind) {
    return Math.min(MAX_DEPTH, 22 + 12 * span) + 5 * kind.ordinal();
  }

  private static int y(int row) {
    return TOP + row * ROW;
  }

  private static String describe(DerivationLink.Kind kind) {
    return switch (kind) {
      case ATTRIBUTION -> "credits the earlier article's outlet as its source (attribution)";
      case NEAR_DUPLICATE -> "copies most of the earlier text (near-duplicate)";
      case PARAPHRASE -> "says the same in other words (paraphrase)";
    };
  }

  private static java.util.Optional<Published> published(Article article) {
    return article == null ? java.util.Optional.empty() : article.published();
  }

  private static String outlet(String id, Article article) {
    return article == null ? HtmlText.line(id) : HtmlText.line(article.outlet().orElse(article.source()));
  }

  private static String label(String id, Map<String, Integer> keys, Map<String, Article> articles) {
    return outlet(id, articles.get(id)) + " (" + keys.get(id) + ")";
  }

  private static String tooltip(String id, Map<String, Integer> keys, Article article) {
    List<String> parts = new ArrayList<>();
    parts.add(keys.get(id) + ". " + HtmlText.clip(outlet(id, article), 200));
    if (article != null) {
      article.published().ifPresent(p -> parts.add(p.iso().replace('T', ' ') + (p.inferred() ? " (inferred)" : "")));
      article.title().ifPresent(t -> parts.add(HtmlText.clip(t, 200)));
    }
    return String.join(" · ", parts);
  }
}
