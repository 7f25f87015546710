/**
 * Stage 6, renderers: report schema 1 as JSON ({@link org.storylens.report.ArticleJsonWriter} for
 * the article objects), and Markdown for people ({@link
 * org.storylens.report.MarkdownArticleWriter}). Every string from an article is untrusted and is
 * escaped for the format it is written in.
 */
package org.storylens.report;
