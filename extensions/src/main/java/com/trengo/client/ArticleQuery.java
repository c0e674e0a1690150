package com.trengo.client;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which help center articles a list returns: their status (published, drafts, or not yet translated to a
 * language), a text in the title, and their locale. Immutable; every factory and {@code with..} checks
 * its argument. The parameters are those Pipedream sends ({@code filter}, {@code term}, {@code
 * localeCode}); whether Trengo reads {@code localeCode} under that name is not published.
 */
public final class ArticleQuery {
  private static final ArticleQuery ALL = new ArticleQuery(null, null, null);

  private final String filter;
  private final String term;
  private final String localeCode;

  private ArticleQuery(String filter, String term, String localeCode) {
    this.filter = filter;
    this.term = term;
    this.localeCode = localeCode;
  }

  /** Every article. */
  public static ArticleQuery all() {
    return ALL;
  }

  /** The published articles. */
  public static ArticleQuery published() {
    return new ArticleQuery("published", null, null);
  }

  /** The drafts. */
  public static ArticleQuery drafts() {
    return new ArticleQuery("draft", null, null);
  }

  /**
   * The articles not yet translated to {@code language}, e.g. {@code "de"}.
   *
   * @throws TrengoValidationException when {@code language} is not 2 to 8 letters, digits or hyphens
   */
  public static ArticleQuery untranslatedTo(String language) {
    return new ArticleQuery("untranslated_" + checked("language", language), null, null);
  }

  /** This query, also only the articles whose title contains {@code term} (not blank). */
  public ArticleQuery withTerm(String term) {
    if (term == null || term.isBlank()) {
      throw invalid("term", term, term == null ? "is required" : "must not be blank");
    }
    return new ArticleQuery(filter, term, localeCode);
  }

  /** This query, also only the articles in the locale {@code localeCode}, e.g. {@code "en"}. */
  public ArticleQuery inLocale(String localeCode) {
    return new ArticleQuery(filter, term, checked("localeCode", localeCode));
  }

  String filter() {
    return filter;
  }

  String term() {
    return term;
  }

  String localeCode() {
    return localeCode;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (filter != null) {
      parts.add("filter=" + filter);
    }
    if (term != null) {
      parts.add("term=" + term);
    }
    if (localeCode != null) {
      parts.add("localeCode=" + localeCode);
    }
    return "ArticleQuery" + parts;
  }

  private static String checked(String field, String code) {
    if (code == null || !code.matches("[A-Za-z0-9-]{2,8}")) {
      throw invalid(field, code, "must be a language code, e.g. en or pt-BR");
    }
    return code;
  }

  private static TrengoValidationException invalid(String field, String value, String problem) {
    return new TrengoValidationException("ArticleQuery", List.of(FieldError.of(field, value, problem)));
  }
}
