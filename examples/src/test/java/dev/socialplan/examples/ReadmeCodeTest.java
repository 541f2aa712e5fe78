package dev.socialplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import dev.socialplan.json.SocialplanJson;
import dev.socialplan.testkit.assertions.SocialplanAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every code block of the README true. Each fenced block names its language, and each
 * language is checked the way that makes sense for it:
 *
 * <ul>
 *   <li>{@code java}: the blocks are compiled with {@code javax.tools}, in the order they appear,
 *       as the body of one method (a later block may use what an earlier one declared, as a reader
 *       reading on would), with star imports of socialplan's API packages, {@code java.time} and
 *       {@code java.util}, the testkit's {@code assertThat}, and {@code out} a {@link PrintStream};
 *       then run, and what they print is checked against what the README says they print.
 *   <li>{@code xml}: parsed, and every dependency must be one this build publishes, in
 *       {@code dev.socialplan}, at the build's version (or managed by the BOM).
 *   <li>{@code sh}: Maven commands whose modules and profiles exist; the test command is the one
 *       {@code .ci/run} runs.
 * </ul>
 */
class ReadmeCodeTest {
  private static final Path ROOT = Path.of("..");
  private static final Path README = ROOT.resolve("README.md");
  private static final Set<String> LANGUAGES = Set.of("java", "xml", "sh");
  private static final List<String> LIBRARY_MODULES =
      List.of("core", "calendar", "analytics", "testkit", "json", "csv");

  /**
   * What the README's Java takes for granted beyond the library's packages: the testkit's
   * assertions and, for the JSON section, Jackson 3's {@code JsonMapper}. Named by class so that a
   * rename breaks this test at compile time rather than at run time.
   */
  private static final List<String> EXTRA_IMPORTS =
      List.of(
          "import static " + SocialplanAssertions.class.getName() + ".assertThat;",
          "import " + JsonMapper.class.getName() + ";",
          "import " + SocialplanJson.class.getPackageName() + ".*;");

  private static List<Block> blocks;

  /** A fenced block: its language, the README line of its first code line, its lines. */
  private record Block(String language, int firstLine, List<String> lines) {}

  @BeforeAll
  static void readBlocks() throws IOException {
    blocks = blocks(Files.readAllLines(README, StandardCharsets.UTF_8));
  }

  @Test
  void everyBlockNamesALanguageThisTestChecks() {
    assertThat(blocks).isNotEmpty();
    for (Block b : blocks) {
      assertThat(b.language()).as("README line %d: the block's language", b.firstLine()).isIn(LANGUAGES);
    }
    assertThat(blocks).extracting(Block::language).contains("java", "xml", "sh");
  }

  @Test
  void theJavaBlocksCompileAndPrintWhatTheReadmeSays(@TempDir Path classes) throws Exception {
    compile(classes);
    String output = run(classes);
    // The quick start: +400 a month against a history of 20 to 30 a month is not achievable (the
    // article's point); the plan also lacks an audience, competitors, a budget and a content
    // strategy; B wins the A/B test.
    assertThat(output)
        .contains(
            "GOAL_NOT_ACHIEVABLE: Goal \"Instagram +400 followers a month\" needs 400 a month,")
        .contains("PLAN_NO_AUDIENCE: The plan has no audience.")
        .contains("PLAN_NO_BUDGET: The plan has no budget.")
        .contains("SIGNIFICANT_WINNER: B" + System.lineSeparator());
    // Where to go next: each line the README's comments promise.
    assertThat(output)
        .contains("findings with my rules")
        .contains("X counts 35")
        .contains("則有互動率的 Facebook 貼文")
        .contains("goals on ")
        // Reading an export: the good row by account and hashtag, the typo reported by line.
        .contains("[[@acme, #skincare]]")
        .contains("line 3: impressions is not a count: \"12a\"");
  }

  @Test
  void theXmlBlocksNameOnlyPublishedArtifacts() throws Exception {
    Set<String> published = new TreeSet<>();
    Matcher modules =
        Pattern.compile("<module>([^<]+)</module>")
            .matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
    while (modules.find()) {
      String module = modules.group(1);
      if (!module.equals("examples") && !module.equals("benchmarks")) {
        published.add(artifactId(ROOT.resolve(module).resolve("pom.xml")));
      }
    }
    String version = projectVersion();
    List<Block> xml = blocks.stream().filter(b -> b.language().equals("xml")).toList();
    assertThat(xml).isNotEmpty();
    for (Block b : xml) {
      Document doc = parse("<readme>" + String.join("\n", b.lines()) + "</readme>");
      NodeList dependencies = doc.getElementsByTagName("dependency");
      assertThat(dependencies.getLength()).as("README line %d", b.firstLine()).isPositive();
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element d = (Element) dependencies.item(i);
        String where = "README line " + b.firstLine() + ", dependency " + i;
        assertThat(text(d, "groupId")).as(where).isEqualTo("dev.socialplan");
        assertThat(text(d, "artifactId")).as(where).isIn(published);
        String v = text(d, "version");
        assertThat(v.isEmpty() || v.equals(version)).as(where + ": version " + v).isTrue();
      }
    }
  }

  @Test
  void theShellBlocksAreMavenCommandsOfThisBuild() throws IOException {
    String ci = Files.readString(ROOT.resolve(".ci").resolve("run"), StandardCharsets.UTF_8);
    String examplesPom = Files.readString(ROOT.resolve("examples").resolve("pom.xml"), StandardCharsets.UTF_8);
    Pattern module = Pattern.compile("-pl\\s+(\\S+)");
    Pattern profile = Pattern.compile("-P(\\S+)");
    List<String> commands = new ArrayList<>();
    for (Block b : blocks) {
      if (b.language().equals("sh")) {
        for (String line : b.lines()) {
          if (!line.isBlank()) {
            commands.add(line.strip());
          }
        }
      }
    }
    assertThat(commands).isNotEmpty().allMatch(c -> c.startsWith("mvn "));
    assertThat(commands).as("the test command of .ci/run").anyMatch(c -> ci.contains(c + " "));
    for (String c : commands) {
      Matcher m = module.matcher(c);
      while (m.find()) {
        for (String name : m.group(1).split(",")) {
          assertThat(ROOT.resolve(name).resolve("pom.xml")).as(c).exists();
        }
      }
      Matcher p = profile.matcher(c);
      while (p.find()) {
        assertThat(examplesPom).as(c).contains("<id>" + p.group(1) + "</id>");
      }
    }
  }

  /** Compiles every java block into one class, {@code readme.ReadmeBlocks}. */
  private static void compile(Path classes) throws IOException {
    StringBuilder source = new StringBuilder("package readme;\n\n");
    for (String i : EXTRA_IMPORTS) {
      source.append(i).append('\n');
    }
    for (String p : apiPackages()) {
      source.append("import ").append(p).append(".*;\n");
    }
    source.append("import java.time.*;\nimport java.util.*;\n\n");
    source.append("public final class ReadmeBlocks {\n");
    source.append("  public static void run(java.io.PrintStream out) throws Exception {\n");
    List<Integer> readmeLine = new ArrayList<>();
    int line = (int) source.chars().filter(c -> c == '\n').count();
    for (Block b : blocks) {
      if (!b.language().equals("java")) {
        continue;
      }
      for (int i = 0; i < b.lines().size(); i++) {
        source.append(b.lines().get(i)).append('\n');
        while (readmeLine.size() <= line) {
          readmeLine.add(-1);
        }
        readmeLine.set(line, b.firstLine() + i);
        line++;
      }
    }
    source.append("  }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///readme/ReadmeBlocks.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> options =
        List.of("-d", classes.toString(), "-classpath", classPath(), "-proc:none", "-encoding", "UTF-8");
    boolean ok = javac.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    String errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(
                d -> {
                  int at = (int) d.getLineNumber() - 1;
                  int readme = at >= 0 && at < readmeLine.size() ? readmeLine.get(at) : -1;
                  return "README line " + readme + ": " + d.getMessage(Locale.ENGLISH);
                })
            .collect(Collectors.joining("\n"));
    assertThat(errors).as("the README's Java does not compile").isEmpty();
    assertThat(ok).isTrue();
  }

  private static String run(Path classes) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (URLClassLoader loader =
            new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeCodeTest.class.getClassLoader());
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Method run = loader.loadClass("readme.ReadmeBlocks").getMethod("run", PrintStream.class);
      try {
        run.invoke(null, out);
      } catch (InvocationTargetException e) {
        throw new AssertionError("the README's Java throws", e.getCause());
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Every package of the library modules with a package-info, except internal ones. */
  private static Set<String> apiPackages() throws IOException {
    Set<String> packages = new TreeSet<>();
    for (String module : LIBRARY_MODULES) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(f -> f.getFileName().toString().equals("package-info.java"))
            .map(f -> sources.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
            .filter(p -> !p.endsWith(".internal") && !p.contains(".internal."))
            .forEach(packages::add);
      }
    }
    return packages;
  }

  /**
   * The test class path, with the entries of a manifest-only jar (how surefire may pass a long
   * class path) spelled out, since the compiler is given a path rather than a class loader.
   */
  private static String classPath() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(e);
      if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e))) {
        try (JarFile jar = new JarFile(e)) {
          Manifest manifest = jar.getManifest();
          String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
          if (cp != null) {
            URL base = Path.of(e).toUri().toURL();
            for (String u : cp.trim().split("\\s+")) {
              try {
                entries.add(Path.of(new URL(base, u).toURI()).toString());
              } catch (java.net.URISyntaxException bad) {
                throw new IOException("Class-Path entry " + u + " of " + e, bad);
              }
            }
          }
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The fenced blocks, each with its language (the text after the opening fence). */
  private static List<Block> blocks(List<String> lines) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("```")) {
        String language = l.substring(3).strip();
        int first = i + 1;
        int end = first;
        while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
          end++;
        }
        assertThat(end).as("README line %d: unclosed block", i + 1).isLessThan(lines.size());
        out.add(new Block(language, first + 1, List.copyOf(lines.subList(first, end))));
        i = end;
      }
    }
    return out;
  }

  private static String artifactId(Path pom) throws Exception {
    Document doc = parse(Files.readString(pom, StandardCharsets.UTF_8));
    return directChild(doc.getDocumentElement(), "artifactId");
  }

  private static String projectVersion() throws Exception {
    Document doc = parse(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
    return directChild(doc.getDocumentElement(), "version");
  }

  private static String directChild(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String text(Element parent, String name) {
    NodeList n = parent.getElementsByTagName(name);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
