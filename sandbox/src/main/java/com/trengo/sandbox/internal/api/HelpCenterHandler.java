package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.HelpCenterItem;
import com.trengo.sandbox.internal.store.Records;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.Locale;
import java.util.Optional;

/**
 * The help center's reads: help centers, and each one's categories, articles and blocks, each a list and
 * a get (read-only {@link RecordRoutes}, nested under the help center). Articles filter as Pipedream asks
 * them: {@code filter} draft, published or {@code untranslated_<locale>}, {@code term} in the title,
 * {@code localeCode} (the sandbox writes every article in English).
 */
final class HelpCenterHandler {

  private HelpCenterHandler() {}

  /** Adds the help center's eight reads to {@code router}. */
  static Router addTo(Router router, SandboxStore store, Views views) {
    RecordRoutes.of(store.helpCenterRecords(), "HelpCenter", "help_center_id")
        .view(views::helpCenter)
        .readOnly()
        .build()
        .addTo(router, "/help_center");
    nested(store, store.helpCenterCategoryRecords(), "Category", "category_id", views)
        .build()
        .addTo(router, "/help_center/{help_center_id}/categories");
    nested(store, store.helpCenterArticleRecords(), "Article", "article_id", views)
        .filter((article, request) -> matches(article, request))
        .build()
        .addTo(router, "/help_center/{help_center_id}/articles");
    nested(store, store.helpCenterBlockRecords(), "Block", "block_id", views)
        .build()
        .addTo(router, "/help_center/{help_center_id}/blocks");
    return router;
  }

  private static RecordRoutes.Builder<HelpCenterItem> nested(
      SandboxStore store, Records<HelpCenterItem> records, String model, String idParameter, Views views) {
    return RecordRoutes.of(records, model, idParameter)
        .view(item -> "Article".equals(model) ? views.helpCenterArticle(item) : views.helpCenterItem(item))
        .readOnly()
        .within("help_center_id", "HelpCenter", id -> store.helpCenterRecords().get(id), HelpCenterItem::helpCenterId);
  }

  /** Whether an article passes the list's filters. */
  private static boolean matches(HelpCenterItem article, ApiRequest request) {
    Optional<String> locale = request.queryParam("localeCode");
    if (locale.isPresent() && !locale.get().equalsIgnoreCase(article.locale())) {
      return false;
    }
    Optional<String> term = request.queryParam("term").map(t -> t.toLowerCase(Locale.ROOT));
    if (term.isPresent() && !article.name().toLowerCase(Locale.ROOT).contains(term.get())) {
      return false;
    }
    String filter = request.queryParam("filter").orElse("");
    if (filter.startsWith("untranslated_")) {
      return !filter.substring("untranslated_".length()).equalsIgnoreCase(article.locale());
    }
    return switch (filter) {
      case "draft" -> !article.published();
      case "published" -> article.published();
      default -> true;
    };
  }
}
