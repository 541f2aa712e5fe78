package dev.socialplan.examples;

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
 * Reads the UCI "Facebook metrics" data set (S. Moro, P. Rita, B. Vala, Journal of Business
 * Research 69, 2016; CC BY 4.0) from the example's resources into performance records: the part a
 * user of the library writes, since the library does no I/O. The column mapping, and the
 * assumptions the file forces (weekday 1 is Sunday; no day of the month; no time zone), are in
 * {@code src/main/resources/datasets/README.md}. Missing values stay missing.
 */
final class FacebookCosmeticsData {
  private FacebookCosmeticsData() {}

  static final String RESOURCE = "/datasets/facebook-cosmetics-2014.csv";

  static final String CREDIT =
      "S. Moro, P. Rita, B. Vala, \"Predicting social media performance metrics and evaluation of"
          + " the impact on brand building: A data mining approach\", Journal of Business Research"
          + " 69 (2016) 3341–3351; UCI Machine Learning Repository, \"Facebook metrics\", CC BY 4.0.";

  /** One row: the file's own post type and the record built from the row. */
  static final class Post {
    final String type;
    final PerformanceRecord record;

    Post(String type, PerformanceRecord record) {
      this.type = type;
      this.record = record;
    }
  }

  private static final Map<String, PostFormat> FORMATS =
      Map.of(
          "Photo", PostFormat.IMAGE,
          "Status", PostFormat.TEXT,
          "Link", PostFormat.TEXT,
          "Video", PostFormat.VIDEO);

  static List<Post> load() {
    InputStream in = FacebookCosmeticsData.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    List<Post> posts = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("Page total likes;Type;Category")) {
        throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
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

  private static Post parse(int row, String[] f) {
    if (f.length != 19) {
      throw new IllegalStateException("row " + row + " has " + f.length + " fields, not 19");
    }
    String type = f[1];
    PostFormat format = FORMATS.get(type);
    if (format == null) {
      throw new IllegalStateException("row " + row + " has an unknown type: " + type);
    }
    int month = Integer.parseInt(f[3]);
    // Weekday 1 = Sunday (see the README): Sunday 1, Monday 2, ..., Saturday 7.
    DayOfWeek day = DayOfWeek.SUNDAY.plus(Integer.parseInt(f[4]) - 1L);
    int hour = Integer.parseInt(f[5]);
    LocalDate date = LocalDate.of(2014, month, 1).with(TemporalAdjusters.firstInMonth(day));
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .postId("row " + row)
            .platform(Platform.FACEBOOK)
            .publishedAt(date.atTime(hour, 0).toInstant(ZoneOffset.UTC))
            .format(format)
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
    return new Post(type, b.build());
  }
}
