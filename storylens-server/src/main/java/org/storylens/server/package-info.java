/**
 * The StoryLens service: a durable {@link org.storylens.server.StoryLibrary} of articles and
 * stories, and the REST API over it ({@link org.storylens.server.ApiServer}, Javalin), started by
 * {@code storylens serve}. No analysis logic lives here: every stage is the core pipeline's.
 */
package org.storylens.server;
