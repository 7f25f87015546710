package org.storylens.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches one URL for the service: through the {@link AddressGuard} at the start and at every
 * redirect (followed by hand, at most {@link #MAX_REDIRECTS}), with connect and request timeouts,
 * a limit on the body's size (read no further than the limit), and a conditional GET when the
 * caller knows the last answer's {@code ETag} or {@code Last-Modified}.
 */
public final class Fetcher {

  /** The most redirects followed. */
  static final int MAX_REDIRECTS = 5;

  /**
   * What a fetch gave: a body, or "not modified" (empty body, status 304). {@code retryAfter} is
   * the answer's {@code Retry-After} header as sent (seconds or an HTTP date), for a 429 or 503.
   */
  public record Result(
      int status,
      byte[] body,
      Optional<String> etag,
      Optional<String> lastModified,
      URI url,
      Optional<String> retryAfter) {
    public Result {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(lastModified, "lastModified");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /**
   * A fetch that asking again would not change: the address is refused by the guard, the body is
   * over the limit, or the redirects are broken or too many. Other {@link IOException}s (refused
   * connections, timeouts, resets) may pass.
   */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final AddressGuard guard;
  private final HttpClient http;
  private final Duration timeout;
  private final long maxBytes;

  public Fetcher(AddressGuard guard, Duration timeout, long maxBytes) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.maxBytes = maxBytes;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Fetches {@code url}, conditionally when {@code etag} or {@code lastModified} is known. */
  public Result fetch(URI url, Optional<String> etag, Optional<String> lastModified)
      throws IOException, InterruptedException {
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Optional<String> refused = guard.refusal(current);
      if (refused.isPresent()) {
        throw new Refused("refused " + current + ": " + refused.get());
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(current).timeout(timeout).header("User-Agent", "StoryLens/0.1");
      etag.ifPresent(e -> request.header("If-None-Match", e));
      lastModified.ifPresent(m -> request.header("If-Modified-Since", m));
      HttpResponse<InputStream> response =
          http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("Location");
        response.body().close();
        if (location.isEmpty()) {
          throw new Refused("redirect without a Location from " + current);
        }
        current = current.resolve(location.get());
        continue;
      }
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (body.length > maxBytes) {
        throw new Refused(current + " sent more than " + maxBytes + " bytes");
      }
      return new Result(
          status, status == 304 ? new byte[0] : body, response.headers().firstValue("ETag"),
          response.headers().firstValue("Last-Modified"), current,
          response.headers().firstValue("Retry-After"));
    }
    throw new Refused("more than " + MAX_REDIRECTS + " redirects from " + url);
  }
}
