/**
 * The StoryLens service: a durable {@link org.storylens.server.StoryLibrary} of articles and
 * stories, and the REST API over it ({@link org.storylens.server.ApiServer}, Javalin), started by
 * {@code storylens serve}. No analysis logic lives here: every stage is the core pipeline's.
 *
 * <p>Ways in, each ending in {@code StoryLibrary.add}: uploads ({@code POST /api/articles});
 * followed feeds ({@link org.storylens.server.FeedFollower}, with retries and backoff, fetching
 * through {@link org.storylens.server.Fetcher} and {@link org.storylens.server.AddressGuard});
 * watched folders ({@link org.storylens.server.FolderWatcher}); and the web UI's paste form
 * ({@code PastePage}).
 */
package org.storylens.server;
