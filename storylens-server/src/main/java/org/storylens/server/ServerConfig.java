package org.storylens.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code storylens serve} runs.
 *
 * @param data the folder that holds everything the service keeps
 * @param host the address it binds to: loopback unless the user says otherwise
 * @param port the port; 0 for any free one
 * @param maxBodyBytes the largest upload accepted
 * @param token when present, uploads need {@code Authorization: Bearer TOKEN}
 */
public record ServerConfig(Path data, String host, int port, long maxBodyBytes, Optional<String> token) {

  public ServerConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
  }

  /** Loopback, port 8080, 5 MB uploads, no token. */
  public static ServerConfig defaults(Path data) {
    return new ServerConfig(data, "127.0.0.1", 8080, 5L * 1024 * 1024, Optional.empty());
  }
}
