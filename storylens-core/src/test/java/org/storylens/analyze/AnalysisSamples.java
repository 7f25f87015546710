package org.storylens.analyze;

import java.util.List;

/** Invented news texts that the contract tests run every implementation on. */
final class AnalysisSamples {

  private AnalysisSamples() {}

  static final List<String> TEXTS =
      List.of(
          "Floods Cut Off Valley Towns\n\n"
              + "VELMORA, Oct. 3. /NTB/. Heavy rain on Tuesday forced about 2,400 people from"
              + " their homes, Gov. Lena Ark said at 4 p.m. \"We have never seen water this high."
              + " Nobody was ready,\" she told reporters.\n\n"
              + "The river rose 3.2 meters in 12 hours, the highest since 1987, and the damage"
              + " could reach $1.5 billion. Last year's floods, in late May, killed 14 people.\n\n"
              + "What comes next\n\n"
              + "Engineers will inspect the dam next week\u2026 Repairs between 2024-2026 are"
              + " planned. J. R. Hale of the U.S. Army said the work starts in March.",
          "",
          " \n\n \n",
          "No punctuation at all here",
          "\u201cIs it over?\u201d asked Dr. Ruiz. \u201cNo.\u201d Then silence... for three days.");
}
