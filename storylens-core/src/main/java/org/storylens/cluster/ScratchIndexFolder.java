package org.storylens.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NativeFSLockFactory;

/**
 * A Lucene index that lives only as long as the process that writes it, kept in files of a
 * private scratch folder and read memory-mapped, so its bytes are in the operating system's page
 * cache and not on the Java heap. The folder is deleted when the directory is closed.
 *
 * <p>Why not in memory ({@code ByteBuffersDirectory})? An index that keeps changing rewrites its
 * segments in background merges. On the heap, every merged segment is a new array that outlives
 * a young collection: it is copied once into a survivor space and once more into the old
 * generation, where it dies at the next merge. In an allocation profile of the service under
 * load, such segments were most of the sampled bytes still alive at its end; with both of the
 * service's indexes off the heap, its young collections copied less and its resident memory
 * shrank by half a gigabyte to a gigabyte (docs/benchmarks.md).
 *
 * <p>A process killed with {@code kill -9} cannot delete its folder. Each directory holds an
 * operating-system lock on its folder's {@value #LOCK} while it is open, released with the
 * process however it ends, so the next directory made in the same parent deletes every folder of
 * the same prefix whose lock it can take: one still in use keeps its lock and is left alone, as
 * is one just made whose lock is not taken yet (under {@link #GRACE_MILLIS} old).
 */
public final class ScratchIndexFolder {

  /** The lock file a directory holds on its folder while open. */
  static final String LOCK = "scratch.lock";

  /** How old a folder without a lock file must be to count as abandoned. */
  static final long GRACE_MILLIS = 60_000;

  private ScratchIndexFolder() {}

  /**
   * A memory-mapped directory in a new folder {@code prefix*} of the system's temporary folder,
   * deleted on close; folders of the same prefix left by dead processes are deleted first.
   */
  public static Directory open(String prefix) {
    checkPrefix(prefix);
    try {
      return opened(Files.createTempDirectory(prefix), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("no scratch folder for an index in the temporary folder", e);
    }
  }

  /** As {@link #open(String)}, in {@code parent} instead of the temporary folder. */
  public static Directory open(Path parent, String prefix) {
    Objects.requireNonNull(parent, "parent");
    checkPrefix(prefix);
    try {
      return opened(Files.createTempDirectory(Files.createDirectories(parent), prefix), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("no scratch folder for an index in " + parent, e);
    }
  }

  private static void checkPrefix(String prefix) {
    if (!prefix.matches("[A-Za-z0-9][A-Za-z0-9._-]*-")) {
      throw new IllegalArgumentException("a prefix is letters, digits, '.', '_' or '-', ending in '-': " + prefix);
    }
  }

  /**
   * A memory-mapped directory of the new {@code folder}, holding its lock until it is closed and
   * then deleting it, once the abandoned folders of the same prefix beside it are deleted.
   */
  private static Directory opened(Path folder, String prefix) throws IOException {
    sweep(folder.getParent(), prefix, folder);
    MMapDirectory mapped = new MMapDirectory(folder, NativeFSLockFactory.INSTANCE);
    Lock held;
    try {
      held = mapped.obtainLock(LOCK);
    } catch (IOException | RuntimeException e) {
      mapped.close();
      deleteTree(folder);
      throw e;
    }
    return new FilterDirectory(mapped) {
      @Override
      public void close() throws IOException {
        try (mapped; held) {
          // the lock is released and the directory closed before the folder goes
        } finally {
          deleteTree(folder);
        }
      }
    };
  }

  /** Deletes the folders {@code prefix*} in {@code parent} but {@code own} that no open directory holds. */
  private static void sweep(Path parent, String prefix, Path own) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path folder : folders) {
        try {
          if (!folder.equals(own) && Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS) && abandoned(folder)) {
            deleteTree(folder);
          }
        } catch (IOException | UncheckedIOException e) {
          // a folder vanishing under the walk (another sweeper), or one we may not read: left as it is
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // a parent we may not list: nothing is swept, and our own folder is made all the same
    }
  }

  /**
   * Whether no open directory holds the folder's lock: a folder without a lock file counts as
   * abandoned once it is {@link #GRACE_MILLIS} old (its maker died before it took the lock).
   */
  private static boolean abandoned(Path folder) throws IOException {
    if (!Files.exists(folder.resolve(LOCK))) {
      return System.currentTimeMillis() - Files.getLastModifiedTime(folder).toMillis() > GRACE_MILLIS;
    }
    try (MMapDirectory directory = new MMapDirectory(folder, NativeFSLockFactory.INSTANCE);
        Lock lock = directory.obtainLock(LOCK)) {
      lock.ensureValid();
      return true;
    } catch (LockObtainFailedException e) {
      return false; // held by a directory still open, in this process or another
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
