package org.storylens.cluster;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * Lucene's concurrent merge scheduler with threads named after the index they merge ({@code
 * storylens-candidates-merge-3}), so that a thread dump or a profile tells which index's merges
 * take the cores; Lucene names them all "Lucene Merge Thread #n".
 */
public final class NamedMergeScheduler extends ConcurrentMergeScheduler {

  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  /** @param prefix the threads' name before their number, such as {@code storylens-search-merge} */
  public NamedMergeScheduler(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  @Override
  protected synchronized MergeThread getMergeThread(MergeSource mergeSource, MergePolicy.OneMerge merge) {
    MergeThread thread = new MergeThread(mergeSource, merge);
    thread.setDaemon(true);
    thread.setName(prefix + "-" + count.incrementAndGet());
    return thread;
  }
}
