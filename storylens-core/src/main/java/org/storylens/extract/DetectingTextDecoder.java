package org.storylens.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.Bytes;
import org.storylens.model.MediaType;
import org.storylens.model.RawDocument;

/**
 * Turns a document's bytes into text, choosing the charset the way a browser would, then better.
 *
 * <p>Order of evidence: a byte-order mark; the charset the transport declared; for HTML, a {@code
 * <meta charset>} or {@code http-equiv} declaration in the first 8 KB; bytes that are valid UTF-8;
 * UTF-16 without a mark, told by its zero bytes; and last ICU's statistical detector. A declaration
 * of UTF-8 over bytes that are not UTF-8 is not believed (pages are often re-saved in another
 * charset with the old declaration kept). Text that is mostly valid UTF-8 with a few broken
 * sequences is decoded as UTF-8 with the broken bytes replaced and a warning, rather than turned
 * into mojibake by a single-byte guess.
 *
 * <p>Why not decide "binary" by file name? A {@code .html} file may hold a PNG; {@link
 * #looksBinary} looks at the bytes.
 */
public final class DetectingTextDecoder {

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  private static final int DECLARATION_WINDOW = 8 * 1024;

  /** Decodes a document, or explains why its bytes are not text. */
  public Result decode(RawDocument document) {
    Bytes bytes = document.content();
    Optional<DecodedText> bom = fromByteOrderMark(bytes);
    if (bom.isPresent()) {
      return new Result.Text(bom.get());
    }
    if (looksBinary(bytes)) {
      return new Result.Binary(binaryReason(bytes));
    }
    List<String> warnings = new ArrayList<>();
    Optional<String> declared = document.declaredCharset();
    String how = "declared by the transport";
    if (declared.isEmpty() && document.mediaType() == MediaType.HTML) {
      declared = metaCharset(bytes);
      how = "declared in the page";
    }
    Utf8Census census = Utf8Census.of(bytes);
    if (declared.isPresent()) {
      Optional<Charset> charset = charsetNamed(declared.get());
      if (charset.isEmpty()) {
        warnings.add("unknown declared charset '" + declared.get() + "' ignored");
      } else if (!isUtf8(charset.get()) || census.isValid()) {
        Charset chosen = charset.get();
        // The WHATWG encoding standard decodes ISO-8859-1 and US-ASCII labels as windows-1252.
        if (chosen.equals(StandardCharsets.ISO_8859_1) || chosen.equals(StandardCharsets.US_ASCII)) {
          chosen = census.isValid() && census.multiByte() > 0 ? StandardCharsets.UTF_8 : windows1252();
        }
        return new Result.Text(decodeLeniently(bytes, chosen, how, warnings, census));
      } else {
        warnings.add("declared UTF-8, but the bytes are not UTF-8");
      }
    }
    if (census.isValid()) {
      return new Result.Text(
          decodeLeniently(bytes, StandardCharsets.UTF_8, "valid UTF-8", warnings, census));
    }
    Optional<Charset> utf16 = utf16WithoutMark(bytes);
    if (utf16.isPresent()) {
      return new Result.Text(
          decodeLeniently(bytes, utf16.get(), "UTF-16 by its zero bytes", warnings, census));
    }
    if (census.isMostlyValid()) {
      warnings.add(census.invalid() + " invalid UTF-8 byte sequence(s) replaced with U+FFFD");
      return new Result.Text(
          decodeLeniently(bytes, StandardCharsets.UTF_8, "mostly valid UTF-8", warnings, census));
    }
    return new Result.Text(detect(bytes, census, document.mediaType(), warnings));
  }

  /** What decoding gave. */
  public sealed interface Result {
    /** Text, decoded. */
    record Text(DecodedText decoded) implements Result {}

    /** Bytes that are not text at all. */
    record Binary(String reason) implements Result {}
  }

  private static DecodedText detect(
      Bytes bytes, Utf8Census census, MediaType type, List<String> warnings) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(type == MediaType.HTML);
    detector.setText(bytes.toArray());
    for (CharsetMatch match : detector.detectAll()) {
      Optional<Charset> charset = charsetNamed(match.getName());
      if (charset.isPresent()) {
        if (!census.isAscii()) {
          warnings.add(
              "not valid UTF-8; decoded as "
                  + charset.get().name()
                  + " (detected, "
                  + match.getConfidence()
                  + "% confidence)");
        } else if (match.getConfidence() < 30) {
          warnings.add(
              "charset guessed as "
                  + charset.get().name()
                  + " with low confidence ("
                  + match.getConfidence()
                  + "%)");
        }
        return decodeLeniently(bytes, charset.get(), "detected", warnings, census);
      }
    }
    warnings.add("charset unknown; decoded as windows-1252");
    return decodeLeniently(bytes, windows1252(), "fallback", warnings, census);
  }

  private static Optional<DecodedText> fromByteOrderMark(Bytes bytes) {
    int n = bytes.length();
    int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
    int b2 = n > 2 ? bytes.get(2) & 0xFF : -1;
    int b3 = n > 3 ? bytes.get(3) & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return Optional.of(decodeFrom(bytes, 3, StandardCharsets.UTF_8));
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return charsetNamed("UTF-32LE").map(c -> decodeFrom(bytes, 4, c));
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return charsetNamed("UTF-32BE").map(c -> decodeFrom(bytes, 4, c));
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return Optional.of(decodeFrom(bytes, 2, StandardCharsets.UTF_16LE));
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return Optional.of(decodeFrom(bytes, 2, StandardCharsets.UTF_16BE));
    }
    return Optional.empty();
  }

  private static DecodedText decodeFrom(Bytes bytes, int offset, Charset charset) {
    byte[] all = bytes.toArray();
    List<String> warnings = new ArrayList<>();
    String text = decode(ByteBuffer.wrap(all, offset, all.length - offset), charset, warnings);
    return new DecodedText(text, charset.name(), "byte-order mark", warnings);
  }

  private static DecodedText decodeLeniently(
      Bytes bytes, Charset charset, String how, List<String> warnings, Utf8Census census) {
    List<String> all = new ArrayList<>(warnings);
    byte[] content = bytes.toArray();
    // Bytes the JDK's UTF-8 decoder accepts whole decode without a replacement, so the String
    // constructor alone gives the strict decoding (no search of the text for U+FFFD).
    String text =
        isUtf8(charset) && census.isStrictlyValid()
            ? new String(content, StandardCharsets.UTF_8)
            : decode(ByteBuffer.wrap(content), charset, all);
    return new DecodedText(text, charset.name(), how, all);
  }

  /** Decodes, replacing malformed input; a warning says so when anything was replaced. */
  private static String decode(ByteBuffer in, Charset charset, List<String> warnings) {
    // The String constructor decodes several times faster than a CharsetDecoder (ASCII runs are
    // copied in bulk) and replaces bad input with U+FFFD; without a U+FFFD in its answer nothing
    // was replaced, so it equals the strict decoding. Only with one is the slow path needed, to
    // tell a replacement from a U+FFFD the bytes themselves hold.
    String fast = new String(in.array(), in.arrayOffset() + in.position(), in.remaining(), charset);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(in.duplicate()).toString();
    } catch (CharacterCodingException strictFailure) {
      if (warnings.stream().noneMatch(w -> w.contains("replaced"))) {
        warnings.add("some bytes are not valid " + charset.name() + " and were replaced");
      }
      try {
        return charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(in.duplicate())
            .toString();
      } catch (CharacterCodingException cannotHappenWhenReplacing) {
        throw new IllegalStateException(cannotHappenWhenReplacing);
      }
    }
  }

  private static Optional<String> metaCharset(Bytes bytes) {
    String head = new String(bytes.head(DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> charsetNamed(String name) {
    String cleaned = name.trim().toLowerCase(Locale.ROOT);
    // Common mislabels seen in the wild.
    if (cleaned.equals("utf8")) {
      cleaned = "utf-8";
    } else if (cleaned.equals("win-1251") || cleaned.equals("cp-1251")) {
      cleaned = "windows-1251";
    }
    try {
      return Optional.of(Charset.forName(cleaned));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean isUtf8(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8);
  }

  private static Charset windows1252() {
    return charsetNamed("windows-1252").orElse(StandardCharsets.ISO_8859_1);
  }

  /** UTF-16 without a mark: one byte of nearly every pair is zero in Latin text. */
  private static Optional<Charset> utf16WithoutMark(Bytes bytes) {
    int pairs = Math.min(bytes.length(), 4096) / 2;
    if (pairs < 8) {
      return Optional.empty();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < pairs; i++) {
      if (bytes.get(2 * i) == 0) {
        evenZero++;
      }
      if (bytes.get(2 * i + 1) == 0) {
        oddZero++;
      }
    }
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /**
   * Binary, not text: zero bytes (outside UTF-16, which {@link #utf16WithoutMark} catches) or many
   * control characters in the first 8 KB, or the signature of a common binary format.
   */
  static boolean looksBinary(Bytes bytes) {
    if (signature(bytes).isPresent()) {
      return true;
    }
    if (utf16WithoutMark(bytes).isPresent()) {
      return false;
    }
    int n = Math.min(bytes.length(), DECLARATION_WINDOW);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes.get(i) & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control > n / 20;
  }

  private static String binaryReason(Bytes bytes) {
    return signature(bytes)
        .map(kind -> "binary content (" + kind + "), not text")
        .orElse("binary content, not text");
  }

  private static Optional<String> signature(Bytes bytes) {
    byte[] head = bytes.head(8);
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return Optional.of("a PNG image");
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("a JPEG image");
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return Optional.of("a GIF image");
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return Optional.of("a PDF document");
    }
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return Optional.of("a ZIP archive");
    }
    if (startsWith(head, 0x1F, 0x8B)) {
      return Optional.of("gzip-compressed data");
    }
    if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
      return Optional.of("an executable");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int... signature) {
    if (head.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts valid multi-byte UTF-8 sequences and invalid bytes in one pass, and the sequences that
   * are well formed but that the JDK's decoder refuses: overlong forms, surrogates and code points
   * above U+10FFFF ({@code strictlyInvalid}).
   */
  record Utf8Census(int multiByte, int invalid, int strictlyInvalid) {
    boolean isValid() {
      return invalid == 0;
    }

    /** Valid even by the JDK's UTF-8 decoder: it would replace nothing. */
    boolean isStrictlyValid() {
      return invalid == 0 && strictlyInvalid == 0;
    }

    boolean isAscii() {
      return invalid == 0 && multiByte == 0;
    }

    /** A few broken sequences among many good ones: a damaged UTF-8 file, not another charset. */
    boolean isMostlyValid() {
      return multiByte >= 4 && invalid * 20 <= multiByte;
    }

    static Utf8Census of(Bytes bytes) {
      int multiByte = 0;
      int invalid = 0;
      int strictlyInvalid = 0;
      int n = bytes.length();
      int i = 0;
      while (i < n) {
        int b = bytes.get(i) & 0xFF;
        int length;
        if (b < 0x80) {
          i++;
          continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
          length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
          length = 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
          length = 4;
        } else {
          invalid++;
          i++;
          continue;
        }
        boolean ok = i + length <= n;
        for (int k = 1; ok && k < length; k++) {
          ok = (bytes.get(i + k) & 0xC0) == 0x80;
        }
        if (ok) {
          multiByte++;
          if (!inStrictRange(b, bytes.get(i + 1) & 0xFF)) {
            strictlyInvalid++;
          }
          i += length;
        } else {
          invalid++;
          i++;
        }
      }
      return new Utf8Census(multiByte, invalid, strictlyInvalid);
    }

    /** The second byte's range after a lead byte, by RFC 3629 (what the JDK decoder enforces). */
    private static boolean inStrictRange(int lead, int second) {
      return switch (lead) {
        case 0xE0 -> second >= 0xA0;
        case 0xED -> second <= 0x9F;
        case 0xF0 -> second >= 0x90;
        case 0xF4 -> second <= 0x8F;
        default -> true;
      };
    }
  }
}
