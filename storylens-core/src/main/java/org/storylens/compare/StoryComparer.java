package org.storylens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.DerivationLink;
import org.storylens.model.Sentence;
import org.storylens.model.Story;
import org.storylens.model.StoryReport;

/**
 * Stage 5, comparison: a {@link Story} becomes a {@link StoryReport}. Today it names the story,
 * carries over clustering's derivation links and adds the declared credits clustering missed
 * ({@link DeclaredCreditLinker}), and builds the entity list ({@link
 * EntityListBuilder}), the dated timeline ({@link TimelineBuilder}), the facts, the articles'
 * claims aligned across articles ({@link FactAligner}), the conflicts among them ({@link
 * ConflictFinder}), each article's framing and the names written differently across articles
 * ({@link LogOddsFramingAnalyzer}), and the quotes matched across articles with the primary
 * sources and the wording variants of quoted statements ({@link QuoteMatcher}).
 *
 * <p>Thread-safe: stories may be compared in parallel.
 */
public final class StoryComparer {

  /** How long a title made from a sentence may be, when no article has a headline. */
  private static final int MAX_SENTENCE_TITLE = 120;

  private final ClaimSplitter splitter;
  private final ClaimTerms terms;
  private final FactAligner facts;
  private final ConflictFinder conflicts;
  private final DeclaredCreditLinker credits;
  private final EntityListBuilder entities;
  private final TimelineBuilder timeline;
  private final LogOddsFramingAnalyzer framing;
  private final QuoteMatcher quotes;
  private final ParaphraseLinker paraphrases = new ParaphraseLinker();

  StoryComparer(
      ClaimSplitter splitter,
      ClaimTerms terms,
      FactAligner facts,
      ConflictFinder conflicts,
      DeclaredCreditLinker credits,
      EntityListBuilder entities,
      TimelineBuilder timeline,
      LogOddsFramingAnalyzer framing,
      QuoteMatcher quotes) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
    this.credits = Objects.requireNonNull(credits, "credits");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
    this.framing = Objects.requireNonNull(framing, "framing");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  public static StoryComparer standard() {
    return standard(ComparisonConfig.defaults());
  }

  public static StoryComparer standard(ComparisonConfig config) {
    return standard(config, PartOfSpeechTagger.english());
  }

  /** The standard parts, tagging with {@code tagger} (shared with the analysis stage). */
  public static StoryComparer standard(ComparisonConfig config, PartOfSpeechTagger tagger) {
    ClaimTerms terms = new ClaimTerms();
    ClaimSplitter splitter = new ClaimSplitter(tagger);
    return new StoryComparer(
        splitter,
        terms,
        new FactAligner(config),
        new ConflictFinder(terms, config),
        new DeclaredCreditLinker(),
        new EntityListBuilder(),
        new TimelineBuilder(),
        LogOddsFramingAnalyzer.standard(tagger, FramingConfig.defaults()),
        new QuoteMatcher(splitter, terms, QuoteMatchingConfig.defaults()));
  }

  public StoryReport compare(Story story) {
    List<AnalyzedArticle> articles = story.articles();
    List<DerivationLink> derivations = new ArrayList<>(story.derivations());
    derivations.addAll(credits.missing(articles, story.derivations()));
    StoryClaims claims = StoryClaims.of(articles, splitter, terms);
    List<FactAligner.AlignedFact> aligned = facts.align(claims);
    derivations.addAll(paraphrases.links(claims, aligned, derivations));
    LogOddsFramingAnalyzer.FramingAnalysis framed = framing.analyze(articles);
    QuoteMatcher.Result quoted = quotes.match(articles);
    List<StoryReport.Variant> variants = new ArrayList<>(framed.nameVariants());
    variants.addAll(quoted.variants());
    return new StoryReport(
        story.id(),
        title(articles),
        articles.stream().map(a -> a.article().id()).toList(),
        aligned.stream().map(FactAligner.AlignedFact::fact).toList(),
        conflicts.conflicts(claims, aligned),
        variants,
        quoted.quotes(),
        framed.framing(),
        derivations,
        quoted.primarySources(),
        entities.entities(articles),
        timeline.timeline(articles));
  }

  /**
   * The headline of the earliest article that has one: the first report of an event names it
   * before follow-ups ("death toll rises to 126") move on. Why not the most central article's? It
   * would need a similarity over all members for a choice a reader rarely notices; the earliest is
   * stable and explains itself. Without any headline, the earliest article's first sentence.
   */
  static String title(List<AnalyzedArticle> articles) {
    for (AnalyzedArticle a : articles) {
      Optional<String> title = a.article().title().map(String::strip).filter(t -> !t.isEmpty());
      if (title.isPresent()) {
        return title.get();
      }
    }
    AnalyzedArticle first = articles.get(0);
    String opening =
        first.sentences().stream()
            .map(Sentence::span)
            .map(first::text)
            .findFirst()
            .orElse(first.article().text());
    String oneLine = opening.replaceAll("\\s+", " ").strip();
    if (oneLine.isEmpty()) {
      return "(untitled)";
    }
    return oneLine.length() <= MAX_SENTENCE_TITLE
        ? oneLine
        : oneLine.substring(0, MAX_SENTENCE_TITLE).strip() + "…";
  }
}
