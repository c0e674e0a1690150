package com.trengo.cli.sync;

/** What became of a row that was not rejected. */
enum Outcome {
  /** A new contact (or, after an outcome-unknown create, one found to have been applied). */
  CREATED,
  /** An existing contact whose name, email or phone changed. */
  UPDATED,
  /** An existing contact that already had the row's values: no request. */
  UNCHANGED
}
