package com.trengo.client.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * How values go into query strings. Retrofit would use {@code OffsetDateTime.toString()}, which drops
 * the seconds when they are zero ({@code 2024-05-01T10:15Z}); the API wants a full ISO-8601 instant,
 * so {@code updated_at_gt} goes out as {@code 2024-05-01T10:15:00Z}, in UTC.
 */
final class QueryConverters extends Converter.Factory {
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return (OffsetDateTime value) -> INSTANT.format(value.withOffsetSameInstant(ZoneOffset.UTC));
    }
    return null;
  }
}
