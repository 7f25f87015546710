package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scratch index folder holds a working Lucene index, is gone once its directory is closed, and
 * the folders a killed process left behind are deleted by the next one made beside them, while
 * folders still in use are left alone.
 */
class ScratchIndexFolderTest {

  private static final String PREFIX = "test-index-";

  @TempDir Path parent;

  @Test
  void anIndexIsWrittenAndSearchedAndItsFolderIsDeletedOnClose() throws IOException {
    Directory directory = ScratchIndexFolder.open(parent, PREFIX);
    assertThat(folders()).hasSize(1);
    try (directory; IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (String id : List.of("a", "b", "c")) {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.NO));
        writer.addDocument(document);
      }
      writer.deleteDocuments(new Term("id", "b"));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(searcher.count(new TermQuery(new Term("id", "a")))).isEqualTo(1);
        assertThat(searcher.count(new TermQuery(new Term("id", "b")))).isZero();
      }
    }

    assertThat(folders()).isEmpty();
  }

  @Test
  void aFolderLeftByADeadProcessIsDeletedAndOneInUseIsKept() throws IOException {
    Path dead = Files.createDirectory(parent.resolve(PREFIX + "dead"));
    Files.createFile(dead.resolve(ScratchIndexFolder.LOCK)); // its lock died with its process
    Files.write(dead.resolve("_0.cfs"), new byte[1024]);
    Path unlockedOld = Files.createDirectory(parent.resolve(PREFIX + "old"));
    Files.setLastModifiedTime(unlockedOld, FileTime.from(Instant.now().minusSeconds(600)));
    Path unlockedNew = Files.createDirectory(parent.resolve(PREFIX + "new")); // its maker may be about to lock it
    Path otherPrefix = Files.createDirectory(parent.resolve("other-dead"));
    Files.createFile(otherPrefix.resolve(ScratchIndexFolder.LOCK));

    try (Directory inUse = ScratchIndexFolder.open(parent, PREFIX)) {
      assertThat(dead).doesNotExist();
      assertThat(unlockedOld).doesNotExist();
      assertThat(unlockedNew).isDirectory();
      assertThat(otherPrefix).isDirectory();
      List<Path> inUseFolders = folders().stream().filter(p -> !p.equals(unlockedNew)).toList();
      assertThat(inUseFolders).hasSize(1);

      try (Directory next = ScratchIndexFolder.open(parent, PREFIX)) {
        assertThat(inUseFolders.get(0)).isDirectory();
        assertThat(folders()).hasSize(3); // in use, the new unlocked one, and the next one's own
      }
      assertThat(folders()).containsExactlyInAnyOrder(inUseFolders.get(0), unlockedNew);
    }
    assertThat(folders()).containsExactly(unlockedNew);
  }

  @Test
  void aFolderWhoseLockAnotherHolderHasIsKept() throws IOException {
    Path held = Files.createDirectory(parent.resolve(PREFIX + "held"));
    try (MMapDirectory other = new MMapDirectory(held, NativeFSLockFactory.INSTANCE);
        Lock lock = other.obtainLock(ScratchIndexFolder.LOCK);
        Directory mine = ScratchIndexFolder.open(parent, PREFIX)) {
      lock.ensureValid();
      assertThat(held).isDirectory();
    }
  }

  @Test
  void aPrefixThatIsNotAPlainNameIsRefused() {
    for (String prefix : List.of("../escape-", "a/b-", "", "no-dash", "-leading-", "*-")) {
      assertThatThrownBy(() -> ScratchIndexFolder.open(parent, prefix))
          .as(prefix)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(parent.toFile().list()).isEmpty();
  }

  private List<Path> folders() throws IOException {
    try (Stream<Path> listed = Files.list(parent)) {
      return listed.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
    }
  }
}
