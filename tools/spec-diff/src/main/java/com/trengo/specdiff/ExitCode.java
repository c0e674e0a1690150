package com.trengo.specdiff;

import java.util.Objects;

/** How a spec diff ends; {@code scripts/spec-diff.sh} passes the code on unchanged. */
enum ExitCode {
  /** Nothing breaking, or a breaking change that was announced with {@code --expect-breaking}. */
  OK(0),
  /** The comparison could not be made: a spec or jar that cannot be read, or a failed build. */
  FAILED(1),
  /** The command line was wrong. */
  USAGE(2),
  /** A breaking change that was not announced. */
  BREAKING(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  int code() {
    return code;
  }

  /**
   * Whether a change breaks users of the client: a client of the HTTP API (openapi-diff) or code
   * compiled against the generated jar (japicmp), or code calling it that would no longer compile (a
   * changed type argument). A source incompatibility that only implementers notice does not count: it
   * is what adding an operation to a generated Retrofit interface looks like, and only code that
   * implements that interface by hand, rather than through Retrofit, would notice.
   */
  static boolean isBreaking(ApiComparison.Verdict api, BinaryComparison.Verdict java) {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(java, "java == null");
    return api == ApiComparison.Verdict.BREAKING
        || java == BinaryComparison.Verdict.BINARY_INCOMPATIBLE
        || java == BinaryComparison.Verdict.CALLER_SOURCE_INCOMPATIBLE;
  }

  /**
   * The exit code for a finished comparison.
   *
   * @param expectBreaking the caller said a breaking change is intended (a major release)
   */
  static ExitCode of(
      ApiComparison.Verdict api, BinaryComparison.Verdict java, boolean expectBreaking) {
    return isBreaking(api, java) && !expectBreaking ? BREAKING : OK;
  }
}
