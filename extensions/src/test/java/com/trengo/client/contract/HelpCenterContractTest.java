package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.ArticleQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.model.HelpCenter;
import com.trengo.client.model.HelpCenterArticle;
import com.trengo.client.model.HelpCenterBlock;
import com.trengo.client.model.HelpCenterCategory;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The help center's reads through TrengoClient against the sandbox. */
class HelpCenterContractTest {

  private static final long HELP = 1201;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"listHelpCenters", "getHelpCenter"})
  void listsAndGetsTheHelpCenter(TrengoClient trengo) {
    List<HelpCenter> all = trengo.helpCenters().listAll().stream().toList();

    assertEquals(List.of("Acme Help"), all.stream().map(HelpCenter::getName).toList());
    assertEquals("acme-help", trengo.helpCenters().get(HELP).getSlug());
    assertThrows(NotFoundException.class, () -> trengo.helpCenters().get(1));
  }

  @Test
  @Covers({"listHelpCenterCategories", "getHelpCenterCategory"})
  void readsACategoryOnlyUnderItsHelpCenter(TrengoClient trengo) {
    List<HelpCenterCategory> categories = trengo.helpCenters().categories(HELP).listAll().stream().toList();

    assertEquals(List.of("Orders", "Returns"), categories.stream().map(HelpCenterCategory::getName).toList());
    assertEquals("Returns", trengo.helpCenters().categories(HELP).get(1302).getName());
    assertThrows(NotFoundException.class, () -> trengo.helpCenters().categories(9999).list(1), "no such help center");
  }

  @Test
  @Covers({"listHelpCenterArticles", "getHelpCenterArticle"})
  void filtersArticlesAsPipedreamAsksForThem(TrengoClient trengo, TrengoSandbox sandbox) {
    List<String> published = titles(trengo, ArticleQuery.published());
    List<String> drafts = titles(trengo, ArticleQuery.drafts());
    List<String> searched = titles(trengo, ArticleQuery.all().withTerm("RETURN").inLocale("en"));
    List<String> untranslated = titles(trengo, ArticleQuery.untranslatedTo("de"));

    assertEquals(List.of("Where is my order?", "How do I return an item?"), published);
    assertEquals(List.of("Refunds (draft)"), drafts);
    assertEquals(List.of("How do I return an item?"), searched);
    assertEquals(3, untranslated.size(), "every article is in English only");
    assertEquals("Where is my order?", trengo.helpCenters().articles(HELP).get(1401).getTitle());
    assertEquals(1, sandbox.receivedRequests().stream()
        .filter(r -> r.url().endsWith("/help_center/1201/articles?page=1&localeCode=en&term=RETURN")).count());
  }

  @Test
  @Covers({"listHelpCenterBlocks", "getHelpCenterBlock"})
  void readsTheBlocks(TrengoClient trengo) {
    List<HelpCenterBlock> blocks = trengo.helpCenters().blocks(HELP).listAll().stream().toList();

    assertEquals(List.of("Contact us", "Popular articles"), blocks.stream().map(HelpCenterBlock::getName).toList());
    assertEquals("Contact us", trengo.helpCenters().blocks(HELP).getAsync(1501).join().getName());
  }

  private static List<String> titles(TrengoClient trengo, ArticleQuery query) {
    return trengo.helpCenters().articles(HELP, query).listAll().stream().map(HelpCenterArticle::getTitle).toList();
  }
}
