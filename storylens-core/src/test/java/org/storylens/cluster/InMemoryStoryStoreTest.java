package org.storylens.cluster;

class InMemoryStoryStoreTest extends StoryStoreContract {

  @Override
  StoryStore newStore(StoryWindow window) {
    return new InMemoryStoryStore(window, 400);
  }
}
