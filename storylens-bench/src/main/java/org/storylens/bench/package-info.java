/**
 * Benchmarks: StoryLens stages measured against public gold data, side by side with the tools
 * people use, in one run on one machine. {@link org.storylens.bench.BenchCommand} is the entry
 * point; {@link org.storylens.bench.ExtractionBenchmark} compares article extraction with
 * Readability4J using {@link org.storylens.bench.ShingleOverlapScore}, the benchmark's own metric.
 */
package org.storylens.bench;
