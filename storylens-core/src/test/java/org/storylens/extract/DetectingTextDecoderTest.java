package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.model.Bytes;
import org.storylens.model.MediaType;
import org.storylens.model.RawDocument;

class DetectingTextDecoderTest {

  private static final String RUSSIAN =
      "Президент страны в четверг провёл телефонный разговор со своим коллегой. Стороны обсудили"
          + " ситуацию в регионе, вопросы гуманитарной помощи и подготовку мирного договора. По"
          + " словам пресс-службы, разговор прошёл по инициативе соседней стороны, а следующая"
          + " встреча лидеров запланирована на осень.";
  private static final String TURKISH =
      "Cumhurbaşkanı perşembe günü mevkidaşıyla telefonda görüştü. Görüşmede bölgedeki son"
          + " gelişmeler, insani yardım ve barış anlaşmasının hazırlanması ele alındı. İki lider,"
          + " ateşkesin tutarlı şekilde uygulanmasının önemine dikkat çekti ve müzakerelerin"
          + " hızlandırılması konusunda uzlaştı. Açıklamada, soruşturmanın titizlikle yürütüleceği"
          + " ve sorumluların cezalandırılacağı belirtildi.";
  private static final String GERMAN =
      "Der Präsident führte am Donnerstag ein Telefongespräch mit seinem Amtskollegen. Beide Seiten"
          + " erörterten die Lage in der Region, humanitäre Hilfe und die Vorbereitung eines"
          + " Friedensvertrags. Nach Angaben des Präsidialamts äußerte er sein Beileid über den Tod"
          + " der Soldaten; eine gründliche Untersuchung sei zugesagt worden.";
  private static final String FRENCH =
      "Le président a exprimé jeudi ses condoléances à son homologue après la mort de soldats de"
          + " la paix. Une enquête approfondie sera menée, a-t-il précisé, et les responsables"
          + " seront punis. Les deux dirigeants ont également évoqué l'aide financière aux familles"
          + " des victimes et la préparation d'un traité de paix.";

  private final DetectingTextDecoder decoder = new DetectingTextDecoder();

  private DecodedText decode(MediaType type, byte[] bytes) {
    DetectingTextDecoder.Result result = decoder.decode(RawDocument.of("test", type, bytes));
    assertThat(result).isInstanceOf(DetectingTextDecoder.Result.Text.class);
    return ((DetectingTextDecoder.Result.Text) result).decoded();
  }

  private static byte[] encode(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  @Test
  void encodedSurrogatesAndOverlongFormsAreReplacedWithAWarning() {
    byte[] text = encode("Stepanakert, a city of the region, ", "UTF-8");
    // ED A0 80 encodes a surrogate and E0 80 80 an overlong NUL: well formed, not valid UTF-8
    byte[] bytes = new byte[text.length + 6];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0xED;
    bytes[text.length + 1] = (byte) 0xA0;
    bytes[text.length + 2] = (byte) 0x80;
    bytes[text.length + 3] = (byte) 0xE0;
    bytes[text.length + 4] = (byte) 0x80;
    bytes[text.length + 5] = (byte) 0x80;
    DecodedText decoded = decode(MediaType.TEXT, bytes);
    assertThat(decoded.text()).startsWith("Stepanakert").contains("\uFFFD");
    assertThat(decoded.warnings()).anyMatch(w -> w.contains("replaced"));
  }

  @Test
  void validUtf8HoldingAReplacementCharacterDecodesWithoutAWarning() {
    DecodedText decoded = decode(MediaType.TEXT, encode(GERMAN + " \uFFFD", "UTF-8"));
    assertThat(decoded.text()).isEqualTo(GERMAN + " \uFFFD");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void detectsWindows1251RussianTextWithoutAnyDeclaration() {
    DecodedText decoded = decode(MediaType.TEXT, encode(RUSSIAN, "windows-1251"));
    assertThat(decoded.text()).isEqualTo(RUSSIAN);
    assertThat(decoded.charset()).isEqualTo("windows-1251");
  }

  @Test
  void honoursMetaCharsetInHtml() {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            + "</head><body><p>"
            + RUSSIAN
            + "</p></body></html>";
    assertThat(decode(MediaType.HTML, encode(page, "windows-1251")).text()).contains(RUSSIAN);
  }

  @Test
  void doesNotBelieveAUtf8DeclarationOverBytesThatAreNotUtf8() {
    String page =
        "<html><head><meta charset=\"utf-8\"></head><body><p>" + RUSSIAN + "</p></body></html>";
    DecodedText decoded = decode(MediaType.HTML, encode(page, "windows-1251"));
    assertThat(decoded.text()).contains(RUSSIAN);
    assertThat(decoded.warnings()).anyMatch(w -> w.contains("not UTF-8"));
  }

  @Test
  void detectsIso88599TurkishText() {
    DecodedText decoded = decode(MediaType.TEXT, encode(TURKISH, "ISO-8859-9"));
    assertThat(decoded.text()).isEqualTo(TURKISH);
  }

  @Test
  void detectsIso88591WesternText() {
    assertThat(decode(MediaType.TEXT, encode(GERMAN, "ISO-8859-1")).text()).isEqualTo(GERMAN);
    assertThat(decode(MediaType.TEXT, encode(FRENCH, "ISO-8859-1")).text()).isEqualTo(FRENCH);
  }

  @Test
  void decodesUtf16WithAndWithoutByteOrderMark() {
    assertThat(decode(MediaType.TEXT, encode(GERMAN, "UTF-16")).text()).isEqualTo(GERMAN);
    assertThat(decode(MediaType.TEXT, encode(GERMAN, "UTF-16LE")).text()).isEqualTo(GERMAN);
    assertThat(decode(MediaType.TEXT, encode(GERMAN, "UTF-16BE")).text()).isEqualTo(GERMAN);
    byte[] bomLe = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, encode(RUSSIAN, "UTF-16LE"));
    assertThat(decode(MediaType.HTML, bomLe).text()).isEqualTo(RUSSIAN);
  }

  @Test
  void decodesUtf8WithAndWithoutByteOrderMark() {
    byte[] plain = TURKISH.getBytes(StandardCharsets.UTF_8);
    assertThat(decode(MediaType.TEXT, plain).text()).isEqualTo(TURKISH);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    DecodedText decoded = decode(MediaType.TEXT, bom);
    assertThat(decoded.text()).isEqualTo(TURKISH);
    assertThat(decoded.how()).isEqualTo("byte-order mark");
  }

  @Test
  void keepsMostlyValidUtf8AndWarnsAboutTheBrokenBytes() {
    byte[] good = RUSSIAN.getBytes(StandardCharsets.UTF_8);
    byte[] broken = concat(good, new byte[] {(byte) 0xC3, ' ', (byte) 0xFF, ' '});
    DecodedText decoded = decode(MediaType.TEXT, concat(broken, good));
    assertThat(decoded.text()).startsWith(RUSSIAN).endsWith(RUSSIAN).contains("\uFFFD");
    assertThat(decoded.warnings()).anyMatch(w -> w.contains("invalid UTF-8"));
  }

  @Test
  void recognisesBinaryContentWhateverTheFileIsCalled() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    DetectingTextDecoder.Result result = decoder.decode(RawDocument.of("x.html", MediaType.HTML, png));
    assertThat(result).isInstanceOf(DetectingTextDecoder.Result.Binary.class);
    assertThat(((DetectingTextDecoder.Result.Binary) result).reason()).contains("PNG");

    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    assertThat(decoder.decode(RawDocument.of("y.txt", MediaType.TEXT, junk)))
        .isInstanceOf(DetectingTextDecoder.Result.Binary.class);
  }

  @Test
  void prefersTheTransportsDeclaredCharset() {
    RawDocument doc =
        new RawDocument(
            "http://example.test/a",
            MediaType.HTML,
            Optional.of("windows-1251"),
            Bytes.copyOf(encode("<p>" + RUSSIAN + "</p>", "windows-1251")),
            Optional.empty());
    DetectingTextDecoder.Result result = decoder.decode(doc);
    assertThat(((DetectingTextDecoder.Result.Text) result).decoded().text()).contains(RUSSIAN);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
