import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Checks a Maven Central bundle made by the release profile against what Central requires of
 * every component (https://central.sonatype.org/publish/requirements/): for each published module
 * a POM with name, description, url, licence, developers and scm (inherited from the parent where
 * the module does not set them), the jar, a sources jar and a Javadoc jar, an MD5 and a SHA-1
 * checksum of each file; and this project's own promises: a CycloneDX SBOM for each published jar,
 * and no unpublished module (examples, benchmarks) in the bundle. Signatures ({@code .asc}) are
 * required only when the build was given a key.
 *
 * <p>Run with the JDK's source launcher: {@code java consumer/CentralBundle.java TREE BUNDLE
 * VERSION}; it prints what it checked and exits with status 1 on the first list of problems.
 */
public final class CentralBundle {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT_ID =
      Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);
  private static final List<String> REQUIRED_IN_EFFECTIVE_POM =
      List.of("<licenses>", "<developers>", "<scm>", "<url>");

  private CentralBundle() {}

  public static void main(String[] args) throws IOException {
    Path tree = Path.of(args[0]);
    Path bundle = Path.of(args[1]);
    String version = args[2];
    Set<String> entries = new TreeSet<>();
    String parentPom;
    List<String> problems = new ArrayList<>();
    Set<String> jars = new TreeSet<>();
    Set<String> poms = new TreeSet<>();
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      zip.stream().forEach(entry -> entries.add(entry.getName()));
      String base = "dev/socialplan/";
      parentPom = read(zip, base + "socialplan-parent/" + version + "/socialplan-parent-" + version + ".pom");
      if (parentPom == null) {
        problems.add("the parent POM is missing");
        parentPom = "";
      }
      String rootPom = Files.readString(tree.resolve("pom.xml"));
      Matcher modules = MODULE.matcher(rootPom);
      while (modules.find()) {
        String modulePom = Files.readString(tree.resolve(modules.group(1)).resolve("pom.xml"));
        Matcher id = ARTIFACT_ID.matcher(modulePom);
        if (!id.find()) {
          continue; // the BOM: checked below
        }
        String artifact = id.group(1);
        String prefix = base + artifact + "/" + version + "/" + artifact + "-" + version;
        if (modulePom.contains("<socialplan.unpublished>false</socialplan.unpublished>")) {
          jars.add(artifact);
          for (String suffix :
              List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json")) {
            requireWithChecksums(entries, prefix + suffix, problems);
          }
          String pom = read(zip, prefix + ".pom");
          if (pom != null) {
            for (String element : List.of("<name>", "<description>")) {
              if (!pom.contains(element)) {
                problems.add(artifact + ".pom has no " + element);
              }
            }
            poms.add(artifact);
          }
        } else if (entries.stream().anyMatch(e -> e.startsWith(base + artifact + "/"))) {
          problems.add(artifact + " is not published but is in the bundle");
        }
      }
      String bomPrefix = base + "socialplan-bom/" + version + "/socialplan-bom-" + version;
      requireWithChecksums(entries, bomPrefix + ".pom", problems);
      String bom = read(zip, bomPrefix + ".pom");
      for (String element : REQUIRED_IN_EFFECTIVE_POM) {
        if (!parentPom.contains(element)) {
          problems.add("socialplan-parent.pom has no " + element);
        }
        if (bom != null && !bom.contains(element)) {
          problems.add("socialplan-bom.pom has no " + element);
        }
      }
    }
    boolean signed = entries.stream().anyMatch(e -> e.endsWith(".asc"));
    if (signed) {
      entries.stream()
          .filter(e -> !e.endsWith(".asc") && !e.endsWith(".md5") && !e.endsWith(".sha1")
              && !e.endsWith(".sha256") && !e.endsWith(".sha512") && !e.endsWith("/"))
          .filter(e -> !entries.contains(e + ".asc"))
          .forEach(e -> problems.add(e + " is not signed"));
    }
    if (!problems.isEmpty()) {
      System.err.println("release dry run: the Central bundle is incomplete:");
      problems.forEach(p -> System.err.println("  " + p));
      System.exit(1);
    }
    System.out.println("Central bundle " + bundle.getFileName() + ": " + entries.size()
        + " files; jars, sources, Javadoc, SBOM and checksums for " + jars
        + "; POM metadata present; " + (signed ? "every file signed" : "unsigned (no key given)"));
  }

  private static void requireWithChecksums(Set<String> entries, String file, List<String> problems) {
    if (!entries.contains(file)) {
      problems.add(file + " is missing");
      return;
    }
    for (String checksum : List.of(".md5", ".sha1")) {
      if (!entries.contains(file + checksum)) {
        problems.add(file + checksum + " is missing");
      }
    }
  }

  private static String read(ZipFile zip, String name) throws IOException {
    var entry = zip.getEntry(name);
    if (entry == null) {
      return null;
    }
    try (var in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
