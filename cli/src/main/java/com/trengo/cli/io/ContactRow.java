package com.trengo.cli.io;

import java.util.Objects;

/**
 * One contact read from an import file. Fields other than the identifier are null when the row does
 * not carry them (an empty CSV cell or a missing JSON field): an import never clears a field.
 *
 * @param line the line the row starts on, from 1 (the header is line 1 of a CSV file)
 * @param identifier how Trengo reaches the contact (email address or phone number); never blank
 * @param name the contact's name, or null
 * @param email the email address, or null
 * @param phone the phone number, or null
 * @param channelId the channel to create the contact on, or null
 * @param record the row as it was in the file, for the rejects file
 */
public record ContactRow(
    long line, String identifier, String name, String email, String phone, Long channelId, String record) {

  /** Checks the arguments. */
  public ContactRow {
    Objects.requireNonNull(identifier, "identifier == null");
    Objects.requireNonNull(record, "record == null");
  }
}
