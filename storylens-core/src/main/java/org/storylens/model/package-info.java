/**
 * The records that flow between the stages: {@link org.storylens.model.RawDocument} from ingest,
 * {@link org.storylens.model.Article} from extraction, {@link org.storylens.model.Skipped} for an
 * input that gave nothing, {@link org.storylens.model.AnalyzedArticle} from analysis, {@link
 * org.storylens.model.Story} (with its {@link org.storylens.model.DerivationLink}s) from
 * clustering, {@link org.storylens.model.StoryReport} from comparison, and {@link
 * org.storylens.model.Report}, a whole run as the renderers write it. All are immutable and
 * serialisable, validate in their compact constructors, and use {@code Optional} or empty lists
 * instead of nulls, so that the same stage code runs in the CLI, the server and a distributed job.
 *
 * <p>{@link org.storylens.model.PackedAnalysis} is not a stage's output but a way to keep one: an
 * analysed article in a few objects instead of hundreds, for a store that holds every article it
 * has seen (the service's library), unpacked when a report needs it.
 */
package org.storylens.model;
