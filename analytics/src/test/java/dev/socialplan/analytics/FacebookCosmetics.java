package dev.socialplan.analytics;

import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the UCI "Facebook metrics" data set (Moro, Rita, Vala 2016, CC BY 4.0) from the test
 * resources into performance records. Test code only: the library does no I/O. The mapping and the
 * weekday assumption (1 = Sunday) are described in {@code src/test/resources/datasets/README.md}.
 */
final class FacebookCosmetics {
  private FacebookCosmetics() {}

  /** One row: the data set's own post type and the record built from the row. */
  record Post(String type, int weekdayColumn, int hour, PerformanceRecord record) {}

  static final String RESOURCE = "/datasets/facebook-cosmetics-2014.csv";

  private static final Map<String, PostFormat> FORMATS =
      Map.of(
          "Photo", PostFormat.IMAGE,
          "Status", PostFormat.TEXT,
          "Link", PostFormat.TEXT,
          "Video", PostFormat.VIDEO);

  static List<Post> load() {
    InputStream in = FacebookCosmetics.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + RESOURCE);
    }
    List<Post> posts = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("Page total likes;Type;Category")) {
        throw new IllegalStateException("unexpected header: " + header);
      }
      int row = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        row++;
        posts.add(parse(row, line.split(";", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return posts;
  }

  static List<PerformanceRecord> records() {
    return load().stream().map(Post::record).toList();
  }

  private static Post parse(int row, String[] f) {
    if (f.length != 19) {
      throw new IllegalStateException("row " + row + " has " + f.length + " fields");
    }
    String type = f[1];
    int month = Integer.parseInt(f[3]);
    int weekdayColumn = Integer.parseInt(f[4]);
    int hour = Integer.parseInt(f[5]);
    // Weekday 1 = Sunday (assumption, see the README): Sunday 1, Monday 2, ..., Saturday 7.
    DayOfWeek day = DayOfWeek.SUNDAY.plus(weekdayColumn - 1);
    LocalDate date =
        LocalDate.of(2014, month, 1).with(TemporalAdjusters.firstInMonth(day));
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .postId("row " + row)
            .platform(Platform.FACEBOOK)
            .publishedAt(date.atTime(hour, 0).toInstant(ZoneOffset.UTC))
            .format(FORMATS.get(type))
            .purpose(f[2].equals("3") ? PostPurpose.ENTERTAIN : PostPurpose.PROMOTE)
            .followers(Long.parseLong(f[0]))
            .reach(Long.parseLong(f[7]))
            .impressions(Long.parseLong(f[8]))
            .clicks(Long.parseLong(f[11]))
            .comments(Long.parseLong(f[15]));
    if (!f[6].isEmpty()) {
      b.paid(PaidStatus.of(f[6].equals("1")));
    }
    if (!f[16].isEmpty()) {
      b.reactions(Long.parseLong(f[16]));
    }
    if (!f[17].isEmpty()) {
      b.shares(Long.parseLong(f[17]));
    }
    return new Post(type, weekdayColumn, hour, b.build());
  }
}
