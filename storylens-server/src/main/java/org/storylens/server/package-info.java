/**
 * The StoryLens service: a durable {@link org.storylens.server.StoryLibrary} of articles and
 * stories, and the REST API over it ({@link org.storylens.server.ApiServer}, Javalin), started by
 * {@code storylens serve}; feeds it follows ({@link org.storylens.server.FeedFollower}); the web UI
 * ({@link org.storylens.server.UiPages}, with the live-update script {@code live.js} beside it as a
 * resource); and the outlets' counts and distinctive terms ({@link
 * org.storylens.server.OutletIndex}). No analysis logic lives here: every stage, and the
 * distinctive-term statistic, is the core's.
 */
package org.storylens.server;
