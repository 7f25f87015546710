package org.storylens;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream on several threads while keeping its order and bounding what is in flight.
 *
 * <p>Why not {@code stream.parallel()}? A parallel stream over an unsized, lazily read source
 * splits it into batches it buffers whole, gives no ordering promise to {@code forEach}, and runs on
 * the shared common pool. Here at most {@code window} items are read ahead, results come out in
 * input order as soon as each is ready, and the threads are this stream's own, stopped when it is
 * closed.
 */
final class OrderedParallelMapper {
  private OrderedParallelMapper() {}

  static <T, R> Stream<R> map(Stream<T> input, Function<T, R> function, int threads) {
    Objects.requireNonNull(function, "function");
    if (threads <= 1) {
      return input.map(function);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "storylens-worker");
              thread.setDaemon(true);
              return thread;
            });
    Iterator<T> source = input.iterator();
    int window = threads * 8;
    Iterator<R> ordered =
        new Iterator<>() {
          private final Deque<Future<R>> inFlight = new ArrayDeque<>();

          private void fill() {
            while (inFlight.size() < window && source.hasNext()) {
              T item = source.next();
              inFlight.add(pool.submit(() -> function.apply(item)));
            }
          }

          @Override
          public boolean hasNext() {
            fill();
            return !inFlight.isEmpty();
          }

          @Override
          public R next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            try {
              return inFlight.poll().get();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
              Throwable cause = e.getCause();
              if (cause instanceof RuntimeException runtime) {
                throw runtime;
              }
              if (cause instanceof Error error) {
                throw error;
              }
              throw new IllegalStateException(cause);
            }
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(ordered, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(pool::shutdownNow)
        .onClose(input::close);
  }
}
