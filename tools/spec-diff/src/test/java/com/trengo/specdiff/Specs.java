package com.trengo.specdiff;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small contracts under src/test/resources/specs; each names its change in its first line. */
final class Specs {

  private Specs() {}

  static Path spec(String name) {
    URL url = Specs.class.getResource("/specs/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test spec " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
