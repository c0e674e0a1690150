package com.trengo.cli.io;

/**
 * A row that was not imported, and why.
 *
 * @param line the line the row starts on in the import file
 * @param reason why it was rejected, in a sentence
 * @param record the row as it was in the file
 */
public record Reject(long line, String reason, String record) {}
