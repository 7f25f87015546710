package org.storylens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the DevTools protocol, for tests: one page, every protocol event
 * it sends kept in order, so a test can read the console messages, exceptions, requests and
 * dialogs a page caused. The DevTools connection is a plain {@link WebSocket} (no driver library):
 * the browser prints its address on stderr when started with {@code --remote-debugging-port=0}.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final List<Path> LOCATIONS =
      List.of(
          Path.of("/usr/bin/chromium"),
          Path.of("/usr/bin/chromium-browser"),
          Path.of("/usr/bin/google-chrome"));
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();

  /** The Chromium executable of this machine, if any. */
  static Optional<Path> find() {
    return LOCATIONS.stream().filter(Files::isExecutable).findFirst();
  }

  /** Starts the browser with a fresh profile in {@code profile} and attaches to its one page. */
  HeadlessChromium(Path executable, Path profile) throws IOException, InterruptedException {
    process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1280,900",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String browserUrl = awaitDevToolsAddress();
      URI browser = URI.create(browserUrl);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String pageUrl = awaitPageTarget(http, browser);
      socket =
          http.newWebSocketBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .buildAsync(URI.create(pageUrl), new Listener())
              .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      close();
      throw new IOException("could not attach to Chromium; its stderr:\n" + String.join("\n", stderr), e);
    }
  }

  /** Reads stderr until the browser says where its DevTools endpoint is; keeps draining after. */
  private String awaitDevToolsAddress() throws InterruptedException, IOException {
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  if (stderr.size() < 2000) {
                    stderr.add(line);
                  }
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    address.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                address.completeExceptionally(e);
              }
              address.completeExceptionally(new IOException("Chromium exited before listening"));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("Chromium did not open its DevTools port", e);
    }
  }

  /** The WebSocket address of the browser's page (about:blank), from the /json/list endpoint. */
  private String awaitPageTarget(HttpClient http, URI browser) throws Exception {
    URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(list).GET().build(), HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : json.readTree(response.body())) {
        if ("page".equals(target.path("type").asText())) {
          return target.get("webSocketDebuggerUrl").asText();
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("Chromium opened no page");
  }

  /** Sends a protocol command and waits for its result. */
  JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", json.valueToTree(params));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IOException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Waits for the first event that matches, among those received so far and later. */
  JsonNode await(String method, Predicate<JsonNode> test) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode event : events) {
        if (method.equals(event.path("method").asText()) && test.test(event.path("params"))) {
          return event.path("params");
        }
      }
      Thread.sleep(50);
    }
    throw new IOException("no " + method + " within " + TIMEOUT);
  }

  /** Every event received so far with that method, in order. */
  List<JsonNode> events(String method) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode event : events) {
      if (method.equals(event.path("method").asText())) {
        found.add(event.path("params"));
      }
    }
    return found;
  }

  /** Evaluates a JavaScript expression in the page (the test's own code, not the page's). */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result =
        call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IOException("evaluation failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  @Override
  public void close() {
    // only this browser and the processes it started
    List<ProcessHandle> children = process.descendants().toList();
    if (socket != null) {
      // a browser that closes itself removes its temporary files; a killed one leaves them
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true);
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
    if (socket != null) {
      socket.abort();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = json.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          events.add(json.createObjectNode().put("method", "unparsable").put("text", text));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
