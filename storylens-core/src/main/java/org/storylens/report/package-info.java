/**
 * Stage 6, renderers: report schema 1 as JSON ({@link org.storylens.report.ReportJsonWriter} for a
 * whole {@link org.storylens.model.Report}, {@link org.storylens.report.ArticleJsonWriter} for the
 * article objects, {@link org.storylens.report.DerivationLinkJson} for derivation links), and
 * Markdown for people ({@link org.storylens.report.MarkdownReportWriter}, {@link
 * org.storylens.report.MarkdownArticleWriter}). Every string from an article is untrusted and is
 * escaped for the format it is written in.
 */
package org.storylens.report;
