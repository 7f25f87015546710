package org.storylens.cli;

import java.util.Locale;
import picocli.CommandLine;

/** "16MB", "512k", "1048576" → bytes. */
final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
    long unit = 1;
    if (v.endsWith("GB") || v.endsWith("G")) {
      unit = 1L << 30;
    } else if (v.endsWith("MB") || v.endsWith("M")) {
      unit = 1L << 20;
    } else if (v.endsWith("KB") || v.endsWith("K")) {
      unit = 1L << 10;
    }
    String digits = v.replaceAll("[A-Z]+$", "");
    try {
      long n = Long.parseLong(digits);
      if (n <= 0) {
        throw new CommandLine.TypeConversionException("must be positive: " + value);
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new CommandLine.TypeConversionException("not a size: '" + value + "' (e.g. 16MB)");
    }
  }
}
