package com.trengo.client;

import com.trengo.client.api.HelpCenterApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.HelpCenter;
import com.trengo.client.model.HelpCenterArticle;
import com.trengo.client.model.HelpCenterArticleList;
import com.trengo.client.model.HelpCenterBlock;
import com.trengo.client.model.HelpCenterBlockList;
import com.trengo.client.model.HelpCenterCategory;
import com.trengo.client.model.HelpCenterCategoryList;
import com.trengo.client.model.HelpCenterList;
import java.util.Objects;
import java.util.function.LongFunction;
import retrofit2.Call;

/**
 * The account's help centers, read-only: list and get, and each one's categories, articles and blocks,
 * each a {@link ReadService} of its own.
 *
 * <pre>{@code
 * for (HelpCenterArticle article : trengo.helpCenters().articles(helpCenterId, ArticleQuery.published())
 *     .listAll()) { ... }
 * }</pre>
 *
 * Get one from {@link TrengoClient#helpCenters()}.
 */
public final class HelpCentersService extends ReadService<HelpCenter, HelpCenterList> {
  private final HelpCenterApi api;

  HelpCentersService(CallExecutor executor, HelpCenterApi api) {
    super(
        executor,
        Listing.of(api::listHelpCenters, HelpCenterList::getData, HelpCenterList::getMeta, HelpCenterList::getLinks,
            HelpCenter::getId),
        api::getHelpCenter);
    this.api = api;
  }

  /** The categories of the help center {@code helpCenterId}. */
  public ReadService<HelpCenterCategory, HelpCenterCategoryList> categories(long helpCenterId) {
    return new Nested<>(
        executor,
        Listing.of(page -> api.listHelpCenterCategories(helpCenterId, page), HelpCenterCategoryList::getData,
            HelpCenterCategoryList::getMeta, HelpCenterCategoryList::getLinks, HelpCenterCategory::getId),
        id -> api.getHelpCenterCategory(helpCenterId, id));
  }

  /** Every article of the help center {@code helpCenterId}. */
  public ReadService<HelpCenterArticle, HelpCenterArticleList> articles(long helpCenterId) {
    return articles(helpCenterId, ArticleQuery.all());
  }

  /** The articles of the help center {@code helpCenterId} that {@code query} selects (its list; a get ignores it). */
  public ReadService<HelpCenterArticle, HelpCenterArticleList> articles(long helpCenterId, ArticleQuery query) {
    Objects.requireNonNull(query, "query == null");
    return new Nested<>(
        executor,
        Listing.of(page -> api.listHelpCenterArticles(helpCenterId, page, query.localeCode(), query.filter(), query.term()),
            HelpCenterArticleList::getData, HelpCenterArticleList::getMeta, HelpCenterArticleList::getLinks,
            HelpCenterArticle::getId),
        id -> api.getHelpCenterArticle(helpCenterId, id));
  }

  /** The blocks of the help center {@code helpCenterId}. */
  public ReadService<HelpCenterBlock, HelpCenterBlockList> blocks(long helpCenterId) {
    return new Nested<>(
        executor,
        Listing.of(page -> api.listHelpCenterBlocks(helpCenterId, page), HelpCenterBlockList::getData,
            HelpCenterBlockList::getMeta, HelpCenterBlockList::getLinks, HelpCenterBlock::getId),
        id -> api.getHelpCenterBlock(helpCenterId, id));
  }

  /** The reads of what one help center holds. */
  private static final class Nested<T, L> extends ReadService<T, L> {
    Nested(CallExecutor executor, Listing<T, L> listing, LongFunction<Call<T>> get) {
      super(executor, listing, get);
    }
  }
}
