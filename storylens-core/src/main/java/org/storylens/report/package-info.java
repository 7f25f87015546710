/**
 * Stage 6, renderers: report schema 1 as JSON ({@link org.storylens.report.ReportJsonWriter} for a
 * whole {@link org.storylens.model.Report}, {@link org.storylens.report.ArticleJsonWriter} for the
 * article objects, {@link org.storylens.report.DerivationLinkJson} for derivation links), and
 * Markdown for people ({@link org.storylens.report.MarkdownReportWriter}, {@link
 * org.storylens.report.MarkdownArticleWriter}), and one self-contained HTML page ({@link
 * org.storylens.report.HtmlReportWriter}, with {@code TimelineDrawing} for its SVG timeline,
 * {@code HtmlText} for what escaping cannot fix, and the stylesheet {@code report.css} as a
 * resource). Every string from an article is untrusted and is escaped for the format it is written
 * in.
 */
package org.storylens.report;
