package org.storylens.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storylens} command: one executable, a subcommand per job. */
@Command(
    name = "storylens",
    mixinStandardHelpOptions = true,
    versionProvider = StoryLensCommand.Version.class,
    description = {
      "Reads the news the way a careful analyst does: many outlets, one story, who says what.",
      ""
    },
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      ClusterCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 on success, 1 when some inputs were skipped (each listed on stderr with its"
          + " reason), 2 for usage errors.",
      "",
      "Benchmarks against gold data and peer tools: storylens bench --help"
    })
public final class StoryLensCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'analyze'");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line as {@link #main} runs it, writing UTF-8 whatever the platform's default. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StoryLensCommand());
    cli.setOut(
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cli;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = StoryLensCommand.class.getPackage().getImplementationVersion();
      return new String[] {"storylens " + (version == null ? "development" : version)};
    }
  }
}
