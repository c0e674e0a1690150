package com.trengo.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a point in time: ISO-8601 with a zone ({@code 2024-05-01T10:15:00Z}, {@code
 * 2024-05-01T12:15:00+02:00}), Trengo's own zone-less form in UTC ({@code 2024-05-01 10:15:00}, also
 * with a {@code T}), or a date ({@code 2024-05-01}, midnight UTC).
 */
public final class SinceConverter implements ITypeConverter<OffsetDateTime> {

  @Override
  public OffsetDateTime convert(String value) {
    String text = value.trim();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException notWithZone) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          throw new TypeConversionException("'" + Terminal.safe(value) + "' is not a time such as"
              + " 2024-05-01T10:15:00Z, 2024-05-01 10:15:00 (UTC, as Trengo writes it) or 2024-05-01");
        }
      }
    }
  }
}
