/**
 * The StoryLens service: a durable {@link org.storylens.server.StoryLibrary} of articles and
 * stories, and the REST API over it ({@link org.storylens.server.ApiServer}, Javalin), started by
 * {@code storylens serve}; feeds it follows ({@link org.storylens.server.FeedFollower}); the web UI
 * ({@link org.storylens.server.UiPages}, with the live-update script {@code live.js} beside it as a
 * resource); and the outlets' counts and distinctive terms ({@link
 * org.storylens.server.OutletIndex}). No analysis logic lives here: every stage, and the
 * distinctive-term statistic, is the core's.
 *
 * <p>Ways in, each ending in {@code StoryLibrary.add}: uploads ({@code POST /api/articles});
 * followed feeds ({@link org.storylens.server.FeedFollower}, with retries and backoff, fetching
 * through {@link org.storylens.server.Fetcher} and {@link org.storylens.server.AddressGuard});
 * watched folders ({@link org.storylens.server.FolderWatcher}); and the web UI's paste form
 * ({@code PastePage}).
 */
package org.storylens.server;
