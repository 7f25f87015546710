package org.storylens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.Article;

/** Files in the charsets news sites still use decode correctly, end to end, as text and as HTML. */
class EncodingIT {

  private static final String RUSSIAN_TITLE = "Паромная переправа возобновила работу после шторма";
  private static final String RUSSIAN =
      "Паромная переправа через залив в субботу возобновила работу после двухдневного перерыва,"
          + " вызванного штормом, сообщила администрация порта.\n\n"
          + "По словам капитана порта, ночью экипажи осмотрели все причалы и не нашли серьёзных"
          + " повреждений. Расписание полностью восстановят к понедельнику.\n\n"
          + "Пассажиры с билетами на отменённые рейсы смогут уехать любым паромом до конца недели.";
  private static final String TURKISH_TITLE = "Feribot seferleri fırtınanın ardından yeniden başladı";
  private static final String TURKISH =
      "Körfezdeki feribot seferleri, fırtına nedeniyle verilen iki günlük aranın ardından"
          + " cumartesi günü yeniden başladı, liman idaresi açıkladı.\n\n"
          + "Liman başkanı, ekiplerin gece boyunca tüm iskeleleri incelediğini ve ciddi bir hasar"
          + " bulunmadığını söyledi. Sefer çizelgesi pazartesiye kadar normale dönecek.\n\n"
          + "İptal edilen seferlere bileti olan yolcular hafta sonuna kadar herhangi bir feribotla"
          + " seyahat edebilecek.";
  private static final String GERMAN_TITLE = "Fähre fährt nach dem Sturm wieder";
  private static final String GERMAN =
      "Die Fähre über die Bucht hat am Samstag nach einer zweitägigen Unterbrechung wegen des"
          + " Sturms den Betrieb wieder aufgenommen, teilte die Hafenbehörde mit.\n\n"
          + "Nach Angaben des Hafenmeisters überprüften die Mannschaften über Nacht alle"
          + " Anlegestellen und fanden keine größeren Schäden. Der Fahrplan gilt ab Montag wieder"
          + " vollständig.\n\n"
          + "Fahrgäste mit Tickets für ausgefallene Überfahrten können bis zum Ende der Woche jede"
          + " Fähre nutzen.";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "windows-1251, txt, ru",
    "windows-1251, html, ru",
    "KOI8-R, html, ru",
    "ISO-8859-9, txt, tr",
    "ISO-8859-9, html, tr",
    "ISO-8859-1, txt, de",
    "ISO-8859-1, html, de",
    "UTF-16, txt, tr",
    "UTF-16LE, txt, de",
    "UTF-16, html, ru",
    "UTF-8, txt, ru",
    "UTF-8, html, tr"
  })
  void decodesTheArticle(String charset, String extension, String language) throws IOException {
    String title = title(language);
    String body = body(language);
    String content =
        extension.equals("txt")
            ? title + "\n\n" + body
            : "<!DOCTYPE html><html lang=\""
                + language
                + "\"><head><meta charset=\""
                + charset
                + "\"><title>"
                + title
                + "</title></head><body><article><h1>"
                + title
                + "</h1><p>"
                + body.replace("\n\n", "</p><p>")
                + "</p></article></body></html>";
    // A UTF-16 page declares its charset by its byte-order mark, not by a meta tag in itself.
    Path file = dir.resolve("article." + extension);
    Files.write(file, content.getBytes(Charset.forName(charset)));

    Article article = extractOne(file);
    assertThat(article.text()).contains(body.substring(0, 60)).doesNotContain("\uFFFD");
    assertThat(article.title()).contains(title);
    assertThat(article.language()).contains(language);
  }

  @Test
  void singleByteTextWithoutDeclarationIsDetected() throws IOException {
    Path file = dir.resolve("legacy.txt");
    Files.write(file, (RUSSIAN_TITLE + "\n\n" + RUSSIAN).getBytes(Charset.forName("windows-1251")));
    assertThat(extractOne(file).text()).contains("Паромная переправа через залив");
  }

  /** One pipeline for all cases: loading the language model is the slow part. */
  private static final StoryPipeline PIPELINE =
      StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());

  private static Article extractOne(Path file) {
    try (Stream<ExtractionOutcome> outcomes =
        PIPELINE.extract(List.of(file.toString()), InputStream.nullInputStream())) {
      List<ExtractionOutcome> all = outcomes.toList();
      assertThat(all).hasSize(1);
      assertThat(all.get(0)).isInstanceOf(ExtractionOutcome.Extracted.class);
      return ((ExtractionOutcome.Extracted) all.get(0)).article();
    }
  }

  private static String title(String language) {
    return switch (language) {
      case "ru" -> RUSSIAN_TITLE;
      case "tr" -> TURKISH_TITLE;
      default -> GERMAN_TITLE;
    };
  }

  private static String body(String language) {
    return switch (language) {
      case "ru" -> RUSSIAN;
      case "tr" -> TURKISH;
      default -> GERMAN;
    };
  }
}
