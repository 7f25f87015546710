package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NamedMergeSchedulerTest {

  @Test
  void mergesRunOnThreadsNamedAfterTheirIndex() throws IOException {
    Set<String> mergedOn = ConcurrentHashMap.newKeySet();
    LogDocMergePolicy everyTwo = new LogDocMergePolicy();
    everyTwo.setMergeFactor(2);
    everyTwo.setMinMergeDocs(1);
    MergePolicy recording =
        new FilterMergePolicy(everyTwo) {
          @Override
          public boolean useCompoundFile(SegmentInfos infos, SegmentCommitInfo merged, MergeContext context)
              throws IOException {
            // asked while a merge is written, on the thread that writes it
            mergedOn.add(Thread.currentThread().getName());
            return super.useCompoundFile(infos, merged, context);
          }
        };
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig()
                    .setMergePolicy(recording)
                    .setMergeScheduler(new NamedMergeScheduler("storylens-test-merge")))) {
      for (int i = 0; i < 8; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "d" + i, Field.Store.NO));
        writer.addDocument(doc);
        writer.flush();
      }
      writer.forceMerge(1);
    }
    assertThat(mergedOn).isNotEmpty().allMatch(name -> name.matches("storylens-test-merge-\\d+"));
  }
}
