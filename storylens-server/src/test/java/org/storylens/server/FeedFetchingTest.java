package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds read safely and fetched only from where they may be, from a test server on loopback. */
class FeedFetchingTest {

  private static final String RSS =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Northwire</title>"
          + "<item><title>Quake in Haldor</title><link>http://example.org/quake</link>"
          + "<pubDate>Tue, 04 Mar 2025 08:15:00 GMT</pubDate></item>"
          + "<item><title>No link</title></item>"
          + "<item><title>Bank seized</title><link>http://example.org/bank</link></item>"
          + "</channel></rss>";

  private static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
          + "<title>Meridian</title><id>urn:x</id><updated>2025-03-04T19:10:00Z</updated>"
          + "<entry><title>Toll rises</title><id>urn:1</id><link href=\"http://example.org/toll\"/>"
          + "<updated>2025-03-04T19:10:00Z</updated></entry></feed>";

  private HttpServer server;
  private final AtomicInteger feedRequests = new AtomicInteger();

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed", exchange -> {
      feedRequests.incrementAndGet();
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/feed");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/to-metadata", exchange -> {
      exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/huge", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[8192];
      for (int i = 0; i < 200; i++) {
        exchange.getResponseBody().write(chunk);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI local(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void rssAndAtomItemsAreReadWithTheirLinksTitlesAndDates() throws Exception {
    List<FeedReader.Item> rss = new FeedReader().items(RSS);
    assertThat(rss).extracting(FeedReader.Item::link)
        .containsExactly("http://example.org/quake", "http://example.org/bank");
    assertThat(rss.get(0).title()).isEqualTo("Quake in Haldor");
    assertThat(rss.get(0).published()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2025-03-04T08:15:00Z"));
    List<FeedReader.Item> atom = new FeedReader().items(ATOM);
    assertThat(atom).singleElement().satisfies(i -> assertThat(i.link()).isEqualTo("http://example.org/toll"));
  }

  @Test
  void aFeedWithAnExternalEntityIsRefusedAndNothingIsRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
            + "<link>http://example.org/a</link></item></channel></rss>";
    assertThatThrownBy(() -> new FeedReader().items(xxe)).isInstanceOf(java.io.IOException.class);
    assertThatThrownBy(() -> new FeedReader().items("\u0000\u0001 not xml at all"))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void localPrivateAndLinkLocalAddressesAreRefusedUnlessAllowed() {
    AddressGuard guard = new AddressGuard(false);
    for (String url :
        List.of(
            "http://127.0.0.1/feed", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
            "http://0.0.0.0/", "http://100.64.0.1/", "http://[fd00::1]/", "file:///etc/passwd",
            "ftp://example.org/", "gopher://127.0.0.1/")) {
      assertThat(guard.refusal(URI.create(url))).as(url).isPresent();
    }
    assertThat(guard.refusal(URI.create("http://93.184.216.34/news"))).isEmpty();
    assertThat(new AddressGuard(true).refusal(URI.create("http://127.0.0.1/feed"))).isEmpty();
    assertThat(new AddressGuard(true).refusal(URI.create("file:///etc/passwd"))).isPresent();
  }

  @Test
  void fetchingIsConditionalFollowsSafeRedirectsAndStopsAtTheLimits() throws Exception {
    Fetcher allowed = new Fetcher(new AddressGuard(true), Duration.ofSeconds(5), 100_000);
    Fetcher.Result first = allowed.fetch(local("/moved"), Optional.empty(), Optional.empty());
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.url().getPath()).isEqualTo("/feed");
    assertThat(new FeedReader().items(first.body())).hasSize(2);
    Fetcher.Result again = allowed.fetch(local("/feed"), first.etag(), Optional.empty());
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThatThrownBy(() -> allowed.fetch(local("/huge"), Optional.empty(), Optional.empty()))
        .hasMessageContaining("more than 100000 bytes");

    Fetcher guarded = new Fetcher(new AddressGuard(false), Duration.ofSeconds(5), 100_000);
    int before = feedRequests.get();
    assertThatThrownBy(() -> guarded.fetch(local("/feed"), Optional.empty(), Optional.empty()))
        .hasMessageContaining("local or private address");
    assertThat(feedRequests.get()).as("nothing was sent").isEqualTo(before);
    // a feed the user allowed on this machine still may not redirect to the metadata service
    Fetcher oneHost =
        new Fetcher(new AddressGuard(false, java.util.Set.of("127.0.0.1")), Duration.ofSeconds(5), 100_000);
    assertThat(oneHost.fetch(local("/moved"), Optional.empty(), Optional.empty()).status()).isEqualTo(200);
    assertThatThrownBy(() -> oneHost.fetch(local("/to-metadata"), Optional.empty(), Optional.empty()))
        .hasMessageContaining("refused http://169.254.169.254");
  }
}
