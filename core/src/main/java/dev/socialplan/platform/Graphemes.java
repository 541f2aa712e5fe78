package dev.socialplan.platform;

/**
 * Extended grapheme clusters per Unicode Standard Annex #29 ("Unicode Text Segmentation", rules
 * GB1 to GB999 of Unicode 15.0). <strong>Not API.</strong>
 *
 * <p>Why not the JDK: on Java 17 {@link java.text.BreakIterator#getCharacterInstance()} breaks
 * between the code points of emoji ZWJ sequences, flags and skin-tone modifiers (grapheme support
 * came in JDK 20, JDK-8291660). Regex {@code \X} handles common emoji but, on 17, joins {@code ZWJ
 * ZWJ Extended_Pictographic}, joins across a SpacingMark between an emoji and its ZWJ, loses the
 * emoji state after a Prepend character, and treats unassigned code points as controls; it also
 * uses the JDK's Unicode 13 data. This class applies the rules itself over a property table taken
 * from ICU4J 72.1 (Unicode 15.0: {@code Grapheme_Cluster_Break} and {@code
 * Extended_Pictographic}); {@code GraphemesTest} checks the table against ICU for every code point
 * and the segmentation against ICU's character break iterator. Unicode 15.1's Indic conjunct rule
 * (GB9c) is not applied.
 *
 * <p>An unpaired surrogate has break class Other, as in ICU: UAX #29 does not count {@code Cs}
 * among the controls.
 */
final class Graphemes {
  static final byte OTHER = 0;
  static final byte CR = 1;
  static final byte LF = 2;
  static final byte CONTROL = 3;
  static final byte EXTEND = 4;
  static final byte ZWJ = 5;
  static final byte REGIONAL_INDICATOR = 6;
  static final byte PREPEND = 7;
  static final byte SPACING_MARK = 8;
  static final byte L = 9;
  static final byte V = 10;
  static final byte T = 11;
  static final byte LV = 12;
  static final byte LVT = 13;
  static final byte EXTENDED_PICTOGRAPHIC = 14;

  private static final int HANGUL_SYLLABLE_BASE = 0xAC00;
  private static final int HANGUL_T_COUNT = 28;
  /** Marks the Hangul syllable ranges in the table; LV or LVT is computed from the code point. */
  private static final byte HANGUL_SYLLABLE = 15;

  /**
   * Ranges of code points with the same property, as {@code <class letter><first code point in
   * hex>} from U+0000 to U+10FFFF. Letters: O other, R CR, N LF, C control, E extend, Z ZWJ, I
   * regional indicator, P prepend, S spacing mark, L, V, T, H Hangul syllable, X
   * Extended_Pictographic (all of which have Grapheme_Cluster_Break Other). Generated from ICU4J
   * 72.1 (Unicode 15.0).
   */
  private static final String TABLE =
      ""
      + "C0NaCbRdCeO20C7fOa0Xa9OaaCadXaeOafE300O370E483O48aE591O5beE5bfO5c0E5c1O5c3E5c4O5c6E5c7O5"
      + "c8P600O606E610O61bC61cO61dE64bO660E670O671E6d6P6ddO6deE6dfO6e5E6e7O6e9E6eaO6eeP70fO710E7"
      + "11O712E730O74bE7a6O7b1E7ebO7f4E7fdO7feE816O81aE81bO824E825O828E829O82eE859O85cP890O892E8"
      + "98O8a0E8caP8e2E8e3S903O904E93aS93bE93cO93dS93eE941S949E94dS94eO950E951O958E962O964E981S9"
      + "82O984E9bcO9bdE9beS9bfE9c1O9c5S9c7O9c9S9cbE9cdO9ceE9d7O9d8E9e2O9e4E9feO9ffEa01Sa03Oa04Ea"
      + "3cOa3dSa3eEa41Oa43Ea47Oa49Ea4bOa4eEa51Oa52Ea70Oa72Ea75Oa76Ea81Sa83Oa84EabcOabdSabeEac1Oa"
      + "c6Eac7Sac9OacaSacbEacdOaceEae2Oae4EafaOb00Eb01Sb02Ob04Eb3cOb3dEb3eSb40Eb41Ob45Sb47Ob49Sb"
      + "4bEb4dOb4eEb55Ob58Eb62Ob64Eb82Ob83EbbeSbbfEbc0Sbc1Obc3Sbc6Obc9SbcaEbcdObceEbd7Obd8Ec00Sc"
      + "01Ec04Oc05Ec3cOc3dEc3eSc41Oc45Ec46Oc49Ec4aOc4eEc55Oc57Ec62Oc64Ec81Sc82Oc84EcbcOcbdScbeEc"
      + "bfScc0Ecc2Scc3Occ5Ecc6Scc7Occ9SccaEcccOcceEcd5Ocd7Ece2Oce4Scf3Ocf4Ed00Sd02Od04Ed3bOd3dEd"
      + "3eSd3fEd41Od45Sd46Od49Sd4aEd4dPd4eOd4fEd57Od58Ed62Od64Ed81Sd82Od84EdcaOdcbEdcfSdd0Edd2Od"
      + "d5Edd6Odd7Sdd8EddfOde0Sdf2Odf4Ee31Oe32Se33Ee34Oe3bEe47Oe4fEeb1Oeb2Seb3Eeb4OebdEec8OecfEf"
      + "18Of1aEf35Of36Ef37Of38Ef39Of3aSf3eOf40Ef71Sf7fEf80Of85Ef86Of88Ef8dOf98Ef99OfbdEfc6Ofc7E1"
      + "02dS1031E1032O1038E1039S103bE103dO103fS1056E1058O105aE105eO1061E1071O1075E1082O1083S1084"
      + "E1085O1087E108dO108eE109dO109eL1100V1160T11a8O1200E135dO1360E1712S1715O1716E1732S1734O17"
      + "35E1752O1754E1772O1774E17b4S17b6E17b7S17beE17c6S17c7E17c9O17d4E17ddO17deE180bC180eE180fO"
      + "1810E1885O1887E18a9O18aaE1920S1923E1927S1929O192cS1930E1932S1933E1939O193cE1a17S1a19E1a1"
      + "bO1a1cS1a55E1a56S1a57E1a58O1a5fE1a60O1a61E1a62O1a63E1a65S1a6dE1a73O1a7dE1a7fO1a80E1ab0O1"
      + "acfE1b00S1b04O1b05E1b34S1b3bE1b3cS1b3dE1b42S1b43O1b45E1b6bO1b74E1b80S1b82O1b83S1ba1E1ba2"
      + "S1ba6E1ba8S1baaE1babO1baeE1be6S1be7E1be8S1beaE1bedS1beeE1befS1bf2O1bf4S1c24E1c2cS1c34E1c"
      + "36O1c38E1cd0O1cd3E1cd4S1ce1E1ce2O1ce9E1cedO1ceeE1cf4O1cf5S1cf7E1cf8O1cfaE1dc0O1e00C200bE"
      + "200cZ200dC200eO2010C2028O202fX203cO203dX2049O204aC2060O2070E20d0O20f1X2122O2123X2139O213"
      + "aX2194O219aX21a9O21abX231aO231cX2328O2329X2388O2389X23cfO23d0X23e9O23f4X23f8O23fbX24c2O2"
      + "4c3X25aaO25acX25b6O25b7X25c0O25c1X25fbO25ffX2600O2606X2607O2613X2614O2686X2690O2706X2708"
      + "O2713X2714O2715X2716O2717X271dO271eX2721O2722X2728O2729X2733O2735X2744O2745X2747O2748X27"
      + "4cO274dX274eO274fX2753O2756X2757O2758X2763O2768X2795O2798X27a1O27a2X27b0O27b1X27bfO27c0X"
      + "2934O2936X2b05O2b08X2b1bO2b1dX2b50O2b51X2b55O2b56E2cefO2cf2E2d7fO2d80E2de0O2e00E302aX303"
      + "0O3031X303dO303eE3099O309bX3297O3298X3299O329aEa66fOa673Ea674Oa67eEa69eOa6a0Ea6f0Oa6f2Ea"
      + "802Oa803Ea806Oa807Ea80bOa80cSa823Ea825Sa827Oa828Ea82cOa82dSa880Oa882Sa8b4Ea8c4Oa8c6Ea8e0"
      + "Oa8f2Ea8ffOa900Ea926Oa92eEa947Sa952Oa954La960Oa97dEa980Sa983Oa984Ea9b3Sa9b4Ea9b6Sa9baEa9"
      + "bcSa9beOa9c1Ea9e5Oa9e6Eaa29Saa2fEaa31Saa33Eaa35Oaa37Eaa43Oaa44Eaa4cSaa4dOaa4eEaa7cOaa7dE"
      + "aab0Oaab1Eaab2Oaab5Eaab7Oaab9EaabeOaac0Eaac1Oaac2SaaebEaaecSaaeeOaaf0Saaf5Eaaf6Oaaf7Sabe"
      + "3Eabe5Sabe6Eabe8Sabe9OabebSabecEabedOabeeHac00Od7a4Vd7b0Od7c7Td7cbOd7fcEfb1eOfb1fEfe00Of"
      + "e10Efe20Ofe30CfeffOff00Eff9eOffa0Cfff0OfffcE101fdO101feE102e0O102e1E10376O1037bE10a01O10"
      + "a04E10a05O10a07E10a0cO10a10E10a38O10a3bE10a3fO10a40E10ae5O10ae7E10d24O10d28E10eabO10eadE"
      + "10efdO10f00E10f46O10f51E10f82O10f86S11000E11001S11002O11003E11038O11047E11070O11071E1107"
      + "3O11075E1107fS11082O11083S110b0E110b3S110b7E110b9O110bbP110bdO110beE110c2O110c3P110cdO11"
      + "0ceE11100O11103E11127S1112cE1112dO11135S11145O11147E11173O11174E11180S11182O11183S111b3E"
      + "111b6S111bfO111c1P111c2O111c4E111c9O111cdS111ceE111cfO111d0S1122cE1122fS11232E11234S1123"
      + "5E11236O11238E1123eO1123fE11241O11242E112dfS112e0E112e3O112ebE11300S11302O11304E1133bO11"
      + "33dE1133eS1133fE11340S11341O11345S11347O11349S1134bO1134eE11357O11358S11362O11364E11366O"
      + "1136dE11370O11375S11435E11438S11440E11442S11445E11446O11447E1145eO1145fE114b0S114b1E114b"
      + "3S114b9E114baS114bbE114bdS114beE114bfS114c1E114c2O114c4E115afS115b0E115b2O115b6S115b8E11"
      + "5bcS115beE115bfO115c1E115dcO115deS11630E11633S1163bE1163dS1163eE1163fO11641E116abS116acE"
      + "116adS116aeE116b0S116b6E116b7O116b8E1171dO11720E11722S11726E11727O1172cS1182cE1182fS1183"
      + "8E11839O1183bE11930S11931O11936S11937O11939E1193bS1193dE1193eP1193fS11940P11941S11942E11"
      + "943O11944S119d1E119d4O119d8E119daS119dcE119e0O119e1S119e4O119e5E11a01O11a0bE11a33S11a39P"
      + "11a3aE11a3bO11a3fE11a47O11a48E11a51S11a57E11a59O11a5cP11a84E11a8aS11a97E11a98O11a9aS11c2"
      + "fE11c30O11c37E11c38S11c3eE11c3fO11c40E11c92O11ca8S11ca9E11caaS11cb1E11cb2S11cb4E11cb5O11"
      + "cb7E11d31O11d37E11d3aO11d3bE11d3cO11d3eE11d3fP11d46E11d47O11d48S11d8aO11d8fE11d90O11d92S"
      + "11d93E11d95S11d96E11d97O11d98E11ef3S11ef5O11ef7E11f00P11f02S11f03O11f04S11f34E11f36O11f3"
      + "bS11f3eE11f40S11f41E11f42O11f43C13430E13440O13441E13447O13456E16af0O16af5E16b30O16b37E16"
      + "f4fO16f50S16f51O16f88E16f8fO16f93E16fe4O16fe5S16ff0O16ff2E1bc9dO1bc9fC1bca0O1bca4E1cf00O"
      + "1cf2eE1cf30O1cf47E1d165S1d166E1d167O1d16aS1d16dE1d16eC1d173E1d17bO1d183E1d185O1d18cE1d1a"
      + "aO1d1aeE1d242O1d245E1da00O1da37E1da3bO1da6dE1da75O1da76E1da84O1da85E1da9bO1daa0E1daa1O1d"
      + "ab0E1e000O1e007E1e008O1e019E1e01bO1e022E1e023O1e025E1e026O1e02bE1e08fO1e090E1e130O1e137E"
      + "1e2aeO1e2afE1e2ecO1e2f0E1e4ecO1e4f0E1e8d0O1e8d7E1e944O1e94bX1f000O1f100X1f10dO1f110X1f12"
      + "fO1f130X1f16cO1f172X1f17eO1f180X1f18eO1f18fX1f191O1f19bX1f1adI1f1e6O1f200X1f201O1f210X1f"
      + "21aO1f21bX1f22fO1f230X1f232O1f23bX1f23cO1f240X1f249E1f3fbX1f400O1f53eX1f546O1f650X1f680O"
      + "1f700X1f774O1f780X1f7d5O1f800X1f80cO1f810X1f848O1f850X1f85aO1f860X1f888O1f890X1f8aeO1f90"
      + "0X1f90cO1f93bX1f93cO1f946X1f947O1fb00X1fc00O1fffeCe0000Ee0020Ce0080Ee0100Ce01f0Oe1000";

  private static final int[] STARTS;
  private static final byte[] CLASSES;

  static {
    int n = 0;
    for (int i = 0; i < TABLE.length(); i++) {
      if (Character.isUpperCase(TABLE.charAt(i))) {
        n++;
      }
    }
    int[] starts = new int[n];
    byte[] classes = new byte[n];
    int k = 0;
    int i = 0;
    while (i < TABLE.length()) {
      char letter = TABLE.charAt(i++);
      int j = i;
      while (j < TABLE.length() && !Character.isUpperCase(TABLE.charAt(j))) {
        j++;
      }
      starts[k] = Integer.parseInt(TABLE.substring(i, j), 16);
      classes[k] = classOfLetter(letter);
      k++;
      i = j;
    }
    STARTS = starts;
    CLASSES = classes;
  }

  private Graphemes() {}

  private static byte classOfLetter(char letter) {
    switch (letter) {
      case 'O':
        return OTHER;
      case 'R':
        return CR;
      case 'N':
        return LF;
      case 'C':
        return CONTROL;
      case 'E':
        return EXTEND;
      case 'Z':
        return ZWJ;
      case 'I':
        return REGIONAL_INDICATOR;
      case 'P':
        return PREPEND;
      case 'S':
        return SPACING_MARK;
      case 'L':
        return L;
      case 'V':
        return V;
      case 'T':
        return T;
      case 'H':
        return HANGUL_SYLLABLE;
      case 'X':
        return EXTENDED_PICTOGRAPHIC;
      default:
        throw new IllegalStateException("grapheme table letter " + letter);
    }
  }

  /**
   * Returns the grapheme break class of a code point, with {@link #EXTENDED_PICTOGRAPHIC} standing
   * for {@code Extended_Pictographic} (whose break property is Other).
   *
   * @param codePoint the code point
   * @return one of the class constants
   */
  static byte classOf(int codePoint) {
    if (codePoint < 0x7F) {
      if (codePoint >= 0x20) {
        return OTHER;
      }
      return codePoint == '\r' ? CR : codePoint == '\n' ? LF : CONTROL;
    }
    int lo = 0;
    int hi = STARTS.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (STARTS[mid] <= codePoint) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    byte c = CLASSES[lo];
    if (c == HANGUL_SYLLABLE) {
      return (codePoint - HANGUL_SYLLABLE_BASE) % HANGUL_T_COUNT == 0 ? LV : LVT;
    }
    return c;
  }

  /** Receives grapheme clusters as {@code [start, end)} char indexes. */
  @FunctionalInterface
  interface ClusterSink {
    /**
     * Accepts one cluster.
     *
     * @param start the index of its first char
     * @param end the index after its last char
     */
    void accept(int start, int end);
  }

  /**
   * Counts the extended grapheme clusters of a text.
   *
   * @param text the text
   * @return the number of clusters; 0 for the empty text
   */
  static long count(CharSequence text) {
    long[] n = {0};
    forEach(text, (start, end) -> n[0]++);
    return n[0];
  }

  /**
   * Walks the extended grapheme clusters of a text in order.
   *
   * @param text the text
   * @param sink receives each cluster
   */
  static void forEach(CharSequence text, ClusterSink sink) {
    int length = text.length();
    if (length == 0) {
      return;
    }
    int start = 0;
    int cp = Character.codePointAt(text, 0);
    int i = Character.charCount(cp);
    byte prev = classOf(cp);
    int regionalIndicators = prev == REGIONAL_INDICATOR ? 1 : 0;
    // 0: none; 1: after Extended_Pictographic Extend*; 2: after Extended_Pictographic Extend* ZWJ
    int emoji = prev == EXTENDED_PICTOGRAPHIC ? 1 : 0;
    while (i < length) {
      cp = Character.codePointAt(text, i);
      byte cur = classOf(cp);
      if (isBoundary(prev, cur, emoji, regionalIndicators)) {
        sink.accept(start, i);
        start = i;
      }
      regionalIndicators = cur == REGIONAL_INDICATOR ? regionalIndicators + 1 : 0;
      if (cur == EXTENDED_PICTOGRAPHIC) {
        emoji = 1;
      } else if (cur == EXTEND && emoji == 1) {
        emoji = 1;
      } else if (cur == ZWJ && emoji == 1) {
        emoji = 2;
      } else {
        emoji = 0;
      }
      prev = cur;
      i += Character.charCount(cp);
    }
    sink.accept(start, length);
  }

  private static boolean isBoundary(byte prev, byte cur, int emoji, int regionalIndicators) {
    if (prev == CR && cur == LF) {
      return false; // GB3
    }
    if (prev == CONTROL || prev == CR || prev == LF) {
      return true; // GB4
    }
    if (cur == CONTROL || cur == CR || cur == LF) {
      return true; // GB5
    }
    if (prev == L && (cur == L || cur == V || cur == LV || cur == LVT)) {
      return false; // GB6
    }
    if ((prev == LV || prev == V) && (cur == V || cur == T)) {
      return false; // GB7
    }
    if ((prev == LVT || prev == T) && cur == T) {
      return false; // GB8
    }
    if (cur == EXTEND || cur == ZWJ || cur == SPACING_MARK) {
      return false; // GB9, GB9a
    }
    if (prev == PREPEND) {
      return false; // GB9b
    }
    if (prev == ZWJ && cur == EXTENDED_PICTOGRAPHIC && emoji == 2) {
      return false; // GB11
    }
    if (prev == REGIONAL_INDICATOR && cur == REGIONAL_INDICATOR) {
      return regionalIndicators % 2 == 0; // GB12, GB13
    }
    return true; // GB999
  }
}
