package dev.socialplan.spark;

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
 * The UCI "Facebook metrics" data set (S. Moro, P. Rita, B. Vala, Journal of Business Research 69,
 * 2016; CC BY 4.0) read on one machine into records: the reference the Spark results are compared
 * with. The mapping is described in {@code src/test/resources/datasets/README.md}.
 */
final class FacebookCosmetics {
  private FacebookCosmetics() {}

  static final String RESOURCE = "/datasets/facebook-cosmetics-2014.csv";

  private static final Map<String, PostFormat> FORMATS =
      Map.of("Photo", PostFormat.IMAGE, "Status", PostFormat.TEXT, "Link", PostFormat.LINK,
          "Video", PostFormat.VIDEO);

  static String path() {
    return FacebookCosmetics.class.getResource(RESOURCE).getPath();
  }

  static List<PerformanceRecord> records() {
    InputStream in = FacebookCosmetics.class.getResourceAsStream(RESOURCE);
    List<PerformanceRecord> posts = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
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

  private static PerformanceRecord parse(int row, String[] f) {
    DayOfWeek day = DayOfWeek.SUNDAY.plus(Integer.parseInt(f[4]) - 1L);
    LocalDate date =
        LocalDate.of(2014, Integer.parseInt(f[3]), 1).with(TemporalAdjusters.firstInMonth(day));
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .postId("row " + row)
            .platform(Platform.FACEBOOK)
            .publishedAt(date.atTime(Integer.parseInt(f[5]), 0).toInstant(ZoneOffset.UTC))
            .format(FORMATS.get(f[1]))
            .purpose(f[2].equals("3") ? PostPurpose.ENTERTAIN : PostPurpose.PROMOTE)
            .followers(Long.parseLong(f[0]))
            .reach(Long.parseLong(f[7]))
            .impressions(Long.parseLong(f[8]))
            .engagedUsers(Long.parseLong(f[9]))
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
    return b.build();
  }
}
