/**
 * The records that flow between the stages: {@link org.storylens.model.RawDocument} from ingest,
 * {@link org.storylens.model.Article} from extraction, {@link org.storylens.model.Skipped} for an
 * input that gave nothing. All are immutable and serialisable, validate in their compact
 * constructors, and use {@code Optional} or empty lists instead of nulls, so that the same stage
 * code runs in the CLI, the server and a distributed job.
 */
package org.storylens.model;
