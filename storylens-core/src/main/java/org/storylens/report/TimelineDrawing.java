package org.storylens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.storylens.model.StoryReport;

/**
 * A story's timeline drawn as inline SVG: one point on an axis per date, earliest left, events of
 * one date stacked above it, each with its sentence as a tooltip. Dates are spaced evenly, not to
 * scale: a story that mentions 1990 and last Tuesday would otherwise crowd the week into a dot. A
 * day is a filled dot, a month or a year an open one (the list under the drawing says which).
 */
final class TimelineDrawing {

  private static final int SPACING = 64;
  private static final int MARGIN = 24;
  private static final int STACK_STEP = 14;
  private static final int MAX_STACK = 6;

  private TimelineDrawing() {}

  static Element draw(List<StoryReport.TimelineEvent> events) {
    Map<String, List<StoryReport.TimelineEvent>> byDate = new LinkedHashMap<>();
    for (StoryReport.TimelineEvent event : events) {
      byDate.computeIfAbsent(event.date(), d -> new ArrayList<>()).add(event);
    }
    int tallest = Math.min(MAX_STACK, byDate.values().stream().mapToInt(List::size).max().orElse(1));
    int axis = 16 + tallest * STACK_STEP;
    int width = Math.max(320, 2 * MARGIN + 40 + (byDate.size() - 1) * SPACING);
    int height = axis + 76;
    Element svg =
        new Element("svg")
            .addClass("timeline")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("width", Integer.toString(width))
            .attr("height", Integer.toString(height))
            .attr("viewBox", "0 0 " + width + " " + height)
            .attr("role", "img")
            .attr("aria-label", "Timeline: " + byDate.size() + " dates, earliest first");
    svg.appendElement("line")
        .addClass("axis")
        .attr("x1", Integer.toString(MARGIN / 2))
        .attr("y1", Integer.toString(axis))
        .attr("x2", Integer.toString(width - MARGIN / 2))
        .attr("y2", Integer.toString(axis));
    int x = MARGIN;
    for (Map.Entry<String, List<StoryReport.TimelineEvent>> date : byDate.entrySet()) {
      String shown = HtmlText.clip(date.getKey(), 12);
      svg.appendElement("line")
          .addClass("tick")
          .attr("x1", Integer.toString(x))
          .attr("y1", Integer.toString(axis - tallest * STACK_STEP - 4))
          .attr("x2", Integer.toString(x))
          .attr("y2", Integer.toString(axis + 4));
      List<StoryReport.TimelineEvent> here = date.getValue();
      for (int i = 0; i < Math.min(here.size(), MAX_STACK); i++) {
        StoryReport.TimelineEvent event = here.get(i);
        boolean last = i == MAX_STACK - 1 && here.size() > MAX_STACK;
        Element dot =
            svg.appendElement("circle")
                .addClass(event.precision().name().toLowerCase(Locale.ROOT))
                .attr("cx", Integer.toString(x))
                .attr("cy", Integer.toString(axis - 6 - i * STACK_STEP))
                .attr("r", "5");
        String tip = shown + ": " + HtmlText.clip(event.event(), 300);
        if (last) {
          tip += " (and " + (here.size() - MAX_STACK) + " more on this date)";
        }
        dot.appendElement("title").text(tip);
      }
      int labelY = axis + 16;
      svg.appendElement("text")
          .attr("x", Integer.toString(x))
          .attr("y", Integer.toString(labelY))
          .attr("transform", "rotate(35 " + x + " " + labelY + ")")
          .text(shown + (here.size() > 1 ? " (" + here.size() + ")" : ""));
      x += SPACING;
    }
    return svg;
  }
}
