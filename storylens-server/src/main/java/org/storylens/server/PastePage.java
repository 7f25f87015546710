package org.storylens.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storylens.model.MediaType;

/**
 * {@code /paste}: a form to add an article by hand (title, outlet, date, source or address, text)
 * and its handler, which stores the article as a structured article (so the title, outlet and date
 * are the user's, not guessed) and sends the browser to the article's story (303).
 *
 * <p>The form writes, so it is guarded against other sites: the POST is refused (403) unless the
 * browser says it comes from this service's own page ({@code Sec-Fetch-Site: same-origin}, or an
 * {@code Origin} equal to this service's), and, when the service listens on loopback, unless the
 * {@code Host} is a loopback name (a page on another site whose name was re-pointed at this
 * machine cannot pass). When the service has a write token the form asks for it and the POST is
 * refused without it. The body limit applies; every value sent back is text in a jsoup DOM. The
 * page's Content-Security-Policy is the UI's, with {@code form-action 'self'}.
 */
final class PastePage {

  /** The UI's policy, but the form may be sent to this service. */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The form's fields and their longest values (the text's limit is the body's). */
  private static final Map<String, Integer> LIMITS = new LinkedHashMap<>();

  static {
    LIMITS.put("title", 500);
    LIMITS.put("outlet", 200);
    LIMITS.put("date", 40);
    LIMITS.put("source", 1000);
  }

  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1b1f24}"
          + "a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}"
          + "label{display:block;margin:.8em 0 .2em;font-weight:600}"
          + "input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.3em}"
          + "textarea{min-height:18em}.meta{color:#5b6470;font-size:.9em}"
          + ".error{background:#fdecea;border-left:3px solid #c0392b;padding:.4em .8em;white-space:pre-wrap}"
          + "button{margin-top:1em;font:inherit;padding:.4em 1.2em}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoryLibrary library;
  private final ServerConfig config;

  private PastePage(StoryLibrary library, ServerConfig config) {
    this.library = Objects.requireNonNull(library, "library");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Adds {@code GET /paste} and {@code POST /paste} to {@code app}. */
  static void register(Javalin app, StoryLibrary library, ServerConfig config) {
    PastePage page = new PastePage(library, config);
    app.get("/paste", page::form);
    app.post("/paste", page::submit);
  }

  private void form(Context ctx) {
    send(ctx, HttpStatus.OK, render(Map.of(), Optional.empty()));
  }

  private void submit(Context ctx) throws IOException {
    Optional<String> foreign = foreignRequest(ctx);
    if (foreign.isPresent()) {
      send(ctx, HttpStatus.FORBIDDEN, message("Refused", "This form only takes posts from its own page: " + foreign.get()));
      return;
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      send(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, message("Not a form", "Send the form as application/x-www-form-urlencoded."));
      return;
    }
    if (ctx.bodyAsBytes().length > config.maxBodyBytes()) {
      send(ctx, HttpStatus.CONTENT_TOO_LARGE, message("Too large", "The form is over " + config.maxBodyBytes() + " bytes."));
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("title", "outlet", "date", "source", "text")) {
      values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("").strip());
    }
    if (config.token().isPresent() && !sameSecret(config.token().get(), ctx.formParam("token"))) {
      send(ctx, HttpStatus.FORBIDDEN, render(values, Optional.of("The write token is missing or wrong.")));
      return;
    }
    List<String> problems = new ArrayList<>();
    LIMITS.forEach((field, limit) -> {
      if (values.get(field).length() > limit) {
        problems.add(field + " is longer than " + limit + " characters");
      }
    });
    if (values.get("text").isEmpty()) {
      problems.add("the text is empty");
    }
    if (!values.get("date").isEmpty() && !isDate(values.get("date"))) {
      problems.add("the date is not a date as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)");
    }
    if (!problems.isEmpty()) {
      send(ctx, HttpStatus.BAD_REQUEST, render(values, Optional.of("Not added: " + String.join("; ", problems) + ".")));
      return;
    }
    ObjectNode article = JSON.createObjectNode();
    article.put("text", values.get("text"));
    for (String field : List.of("title", "outlet", "date")) {
      if (!values.get(field).isEmpty()) {
        article.put(field, values.get(field));
      }
    }
    String source = values.get("source").isEmpty() ? "paste" : values.get("source");
    if (isWebAddress(source)) {
      article.put("url", source);
    }
    List<String> rejected = new ArrayList<>();
    Optional<StoryLibrary.Ack> ack =
        library.add(source, MediaType.ARTICLE_JSON, article.toString().getBytes(StandardCharsets.UTF_8), rejected);
    if (ack.isEmpty()) {
      send(ctx, HttpStatus.UNPROCESSABLE_CONTENT,
          render(values, Optional.of("Not added, no article: " + String.join("; ", rejected) + ".")));
      return;
    }
    ctx.header("Location", "/stories/" + ack.get().story());
    ctx.status(HttpStatus.SEE_OTHER);
  }

  /** Why the request may not come from this service's own page, or empty when it does. */
  private Optional<String> foreignRequest(Context ctx) {
    String host = Optional.ofNullable(ctx.header("Host")).orElse("");
    if (isLoopback(config.host()) && !isLoopbackName(hostName(host))) {
      return Optional.of("the service listens on this machine only, but was asked as " + host);
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equalsIgnoreCase("same-origin")) {
      return Optional.of("the browser says the post comes from another site (" + site + ")");
    }
    String origin = ctx.header("Origin");
    if (origin != null) {
      String own = ctx.scheme() + "://" + host;
      if (!origin.equalsIgnoreCase(own)) {
        return Optional.of("the post comes from " + origin + ", not " + own);
      }
      return Optional.empty();
    }
    return site != null
        ? Optional.empty()
        : Optional.of("the request says neither its Origin nor Sec-Fetch-Site");
  }

  private static String hostName(String hostHeader) {
    if (hostHeader.startsWith("[")) {
      int end = hostHeader.indexOf(']');
      return end < 0 ? hostHeader : hostHeader.substring(1, end);
    }
    int colon = hostHeader.lastIndexOf(':');
    return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
  }

  private static boolean isLoopbackName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("localhost") || n.endsWith(".localhost")) {
      return true;
    }
    // only literal addresses: a name is never resolved here (that is what rebinding abuses)
    if (!n.matches("[0-9.]+") && !n.contains(":")) {
      return false;
    }
    return isLoopback(n);
  }

  private static boolean isLoopback(String address) {
    if (!address.matches("[0-9.]+") && !address.contains(":") && !address.equalsIgnoreCase("localhost")) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean sameSecret(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isDate(String value) {
    for (java.util.function.Consumer<String> parse :
        List.<java.util.function.Consumer<String>>of(LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
      try {
        parse.accept(value);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }

  /** An absolute {@code http} or {@code https} address with a host. */
  static boolean isWebAddress(String value) {
    try {
      URI uri = URI.create(value);
      return uri.getHost() != null
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String render(Map<String, String> values, Optional<String> error) {
    Document page = shell("Paste an article");
    Element body = page.body();
    body.appendElement("h1").text("Paste an article");
    body.appendElement("p").addClass("meta").text(
        "The text is stored as given, with the title, outlet and date you enter; it joins the story"
            + " it belongs to, and you are taken there.");
    error.ifPresent(e -> body.appendElement("p").addClass("error").attr("role", "alert").text(e));
    Element form =
        body.appendElement("form").attr("method", "post").attr("action", "/paste")
            .attr("accept-charset", "utf-8").attr("enctype", "application/x-www-form-urlencoded");
    input(form, "title", "Title", "text", values, "500");
    input(form, "outlet", "Outlet", "text", values, "200");
    input(form, "date", "Date published", "date", values, "40");
    input(form, "source", "Address or source name", "text", values, "1000");
    form.appendElement("label").attr("for", "text").text("Text");
    form.appendElement("textarea").attr("id", "text").attr("name", "text").attr("required", "")
        .text(values.getOrDefault("text", ""));
    if (config.token().isPresent()) {
      form.appendElement("label").attr("for", "token").text("Write token");
      form.appendElement("input").attr("id", "token").attr("name", "token").attr("type", "password")
          .attr("autocomplete", "current-password").attr("required", "");
    }
    form.appendElement("button").attr("type", "submit").text("Add the article");
    return page.outerHtml();
  }

  private static void input(Element form, String name, String label, String type, Map<String, String> values, String max) {
    form.appendElement("label").attr("for", name).text(label);
    form.appendElement("input").attr("id", name).attr("name", name).attr("type", type)
        .attr("maxlength", max).attr("value", values.getOrDefault(name, ""));
  }

  private static String message(String heading, String text) {
    Document page = shell(heading);
    page.body().appendElement("h1").text(heading);
    page.body().appendElement("p").addClass("error").text(text);
    page.body().appendElement("p").appendElement("a").attr("href", "/paste").text("Back to the form");
    return page.outerHtml();
  }

  private static Document shell(String title) {
    Document page = Document.createShell("");
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title + " · StoryLens");
    head.appendElement("style").appendChild(new DataNode(STYLE));
    page.body().appendElement("nav").appendElement("a").attr("href", "/").text("StoryLens · all stories");
    return page;
  }

  private static void send(Context ctx, HttpStatus status, String page) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8").result(page);
  }
}
