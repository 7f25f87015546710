package org.storylens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged {@code storylens serve} started on a free port, for the integration tests. */
record PackagedServe(Process process, int port) {

  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

  /** Starts {@code java -jar JAR serve --data DATA --port 0 ARGS...} and waits until it listens. */
  static PackagedServe start(Path jar, Path data, Path output, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("java", "-jar", jar.toString(), "serve", "--data", data.toString(), "--port", "0"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).start();
    int port =
        CompletableFuture.supplyAsync(
                () -> {
                  try (BufferedReader err =
                      new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = err.readLine()) != null) {
                      Matcher m = LISTENING.matcher(line);
                      if (m.find()) {
                        return Integer.parseInt(m.group(1));
                      }
                    }
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  throw new IllegalStateException("storylens serve ended without listening");
                })
            .get(120, TimeUnit.SECONDS);
    return new PackagedServe(process, port);
  }

  /** The service's base URL. */
  String base() {
    return "http://127.0.0.1:" + port;
  }
}
