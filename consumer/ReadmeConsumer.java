import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes the consumer check's project from the README, so that the check builds exactly what the
 * README tells a user to do.
 *
 * <p>Run with the JDK's source launcher (no build needed): {@code java consumer/ReadmeConsumer.java
 * REPO_ROOT LOCAL_MAVEN_REPO OUT_DIR}. It
 *
 * <ol>
 *   <li>checks that every published module of the reactor (a module whose POM sets {@code
 *       socialplan.unpublished} to {@code false}) is in the BOM and in the README's "Add it to your
 *       build" block;
 *   <li>writes {@code OUT_DIR/pom.xml}: {@code consumer/pom-template.xml} with the README's block in
 *       place of its marker, plus JUnit for the consumer's own test;
 *   <li>writes {@code OUT_DIR/src/main/java/example/QuickStart.java}: the README's quick start in a
 *       {@code main} method, with imports resolved against the public classes of the socialplan jars
 *       that the README's install command put into {@code LOCAL_MAVEN_REPO} (an ambiguous or unknown
 *       name fails the check: a user could not compile it either);
 *   <li>copies {@code consumer/src/test}.
 * </ol>
 *
 * Any failure is printed with its reason and ends the program with exit status 1.
 */
public final class ReadmeConsumer {
  private static final Pattern BUILD_BLOCK =
      Pattern.compile("<!-- build:begin -->\\s*```xml\\n(.*?)```\\s*<!-- build:end -->", Pattern.DOTALL);
  private static final Pattern QUICK_START =
      Pattern.compile(
          "<!-- quick-start:begin -->\\s*```java\\n(.*?)```\\s*<!-- quick-start:end -->",
          Pattern.DOTALL);
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT_ID =
      Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);
  private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");
  private static final Pattern TYPE_NAME = Pattern.compile("(?<![.\\w])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\\b");
  private static final List<String> JDK_PACKAGES =
      List.of("java.lang", "java.time", "java.util", "java.io", "java.math");
  private static final int ACC_PUBLIC = 0x0001;

  private ReadmeConsumer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      fail("usage: java ReadmeConsumer.java REPO_ROOT LOCAL_MAVEN_REPO OUT_DIR");
    }
    Path root = Path.of(args[0]);
    Path localRepo = Path.of(args[1]);
    Path out = Path.of(args[2]);
    String readme = Files.readString(root.resolve("README.md"));
    String build = group(BUILD_BLOCK, readme, "the README's <!-- build:begin --> xml block");
    String quickStart = group(QUICK_START, readme, "the README's <!-- quick-start:begin --> java block");

    String rootPom = Files.readString(root.resolve("pom.xml"));
    String bom = Files.readString(root.resolve("bom/pom.xml"));
    Set<String> published = new TreeSet<>();
    Matcher modules = MODULE.matcher(rootPom);
    while (modules.find()) {
      String pom = Files.readString(root.resolve(modules.group(1)).resolve("pom.xml"));
      if (pom.contains("<socialplan.unpublished>false</socialplan.unpublished>")) {
        published.add(group(ARTIFACT_ID, pom, "the artifactId of module " + modules.group(1)));
      }
    }
    List<String> problems = new ArrayList<>();
    for (String artifact : published) {
      String tag = "<artifactId>" + artifact + "</artifactId>";
      if (!bom.contains(tag)) {
        problems.add(artifact + " is published but missing from bom/pom.xml");
      }
      if (!build.contains(tag)) {
        problems.add(artifact + " is published but missing from the README's build block");
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    String version = group(VERSION, build, "the BOM version in the README's build block");

    Map<String, Set<String>> classes = new TreeMap<>();
    for (String artifact : published) {
      if (!build.contains("<artifactId>" + artifact + "</artifactId>")) {
        continue;
      }
      Path jar =
          localRepo.resolve(
              Path.of("dev", "socialplan", artifact, version, artifact + "-" + version + ".jar"));
      if (!Files.isRegularFile(jar)) {
        fail(jar + " is missing: the README's install command did not install " + artifact);
      }
      collectPublicClasses(jar, classes);
    }

    Set<String> imports = new TreeSet<>();
    // Names in comments and string literals are prose, not types.
    String code = quickStart.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//[^\n]*", "");
    Matcher names = TYPE_NAME.matcher(code);
    while (names.find()) {
      String name = names.group(1);
      Set<String> candidates = classes.getOrDefault(name, Set.of());
      if (candidates.size() == 1) {
        imports.add(candidates.iterator().next());
      } else if (candidates.size() > 1) {
        fail("the quick start's " + name + " is ambiguous between " + candidates);
      } else {
        String jdk = jdkClass(name);
        if (jdk == null) {
          fail("the quick start uses " + name + ", which no published socialplan jar or "
              + JDK_PACKAGES + " declares");
        }
        if (!jdk.startsWith("java.lang.")) {
          imports.add(jdk);
        }
      }
    }

    StringBuilder source = new StringBuilder("package example;\n\n");
    for (String type : imports) {
      source.append("import ").append(type).append(";\n");
    }
    source
        .append("\n/** The README's quick start, written by consumer/ReadmeConsumer.java. */\n")
        .append("public final class QuickStart {\n")
        .append("  public static void main(String[] args) {\n")
        .append("    java.io.PrintStream out = System.out;\n");
    for (String line : quickStart.split("\n", -1)) {
      source.append(line.isEmpty() ? "" : "    " + line).append('\n');
    }
    source.append("  }\n}\n");
    Path main = out.resolve("src/main/java/example/QuickStart.java");
    Files.createDirectories(main.getParent());
    Files.writeString(main, source, StandardCharsets.UTF_8);

    String template = Files.readString(root.resolve("consumer/pom-template.xml"));
    int lastDependencies = build.lastIndexOf("</dependencies>");
    if (lastDependencies < 0 || !template.contains("<!-- README:build -->")) {
      fail("the README's build block has no <dependencies>, or the template lost its marker");
    }
    String junit =
        "  <dependency>\n    <groupId>org.junit.jupiter</groupId>\n"
            + "    <artifactId>junit-jupiter</artifactId>\n    <version>5.14.1</version>\n"
            + "    <scope>test</scope>\n  </dependency>\n";
    String dependencies =
        build.substring(0, lastDependencies) + junit + build.substring(lastDependencies);
    Files.writeString(
        out.resolve("pom.xml"), template.replace("<!-- README:build -->", dependencies.strip()));

    Path tests = root.resolve("consumer/src/test");
    try (var files = Files.walk(tests)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = out.resolve("src/test").resolve(tests.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    System.out.println("consumer project written to " + out + " for " + published
        + " at " + version + " with " + imports.size() + " imports");
  }

  private static String jdkClass(String simpleName) {
    for (String pkg : JDK_PACKAGES) {
      try {
        Class<?> type = Class.forName(pkg + "." + simpleName, false, null);
        if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
          return type.getName();
        }
      } catch (ClassNotFoundException notThere) {
        // try the next package
      }
    }
    return null;
  }

  /** Public top-level classes of the jar's API packages, by simple name. */
  private static void collectPublicClasses(Path jar, Map<String, Set<String>> classes) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        String name = entry.getName();
        if (!name.endsWith(".class") || name.contains("$") || name.contains("/internal/")
            || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          if ((accessFlags(in) & ACC_PUBLIC) == 0) {
            continue;
          }
        }
        String type = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        classes.computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), k -> new TreeSet<>())
            .add(type);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(jar.toString(), e);
    }
  }

  /** Reads a class file's access flags, which follow its constant pool (JVMS 4.1, 4.4). */
  private static int accessFlags(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> in.skipNBytes(in.readUnsignedShort()); // Utf8
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8); // Long and Double take two entries
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return in.readUnsignedShort();
  }

  private static String group(Pattern pattern, String text, String what) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      fail("could not find " + what);
    }
    return matcher.group(1);
  }

  private static void fail(String message) {
    System.err.println("consumer check: " + message);
    System.exit(1);
  }
}
