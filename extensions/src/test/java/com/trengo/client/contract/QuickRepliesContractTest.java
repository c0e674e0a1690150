package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.CreateQuickReply;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.QuickReply;
import com.trengo.client.model.QuickReplyList;
import com.trengo.client.model.QuickReplyRequest.TypeEnum;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quick replies through TrengoClient against the sandbox: list (by type), create, update, delete. */
class QuickRepliesContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers("listQuickReplies")
  void listsEveryQuickReplyOrThoseOfOneTypeAsTheRealListIsPaged(TrengoClient trengo, TrengoSandbox sandbox) {
    QuickReplyList page = trengo.quickReplies().list(1, null);
    List<QuickReply> email = trengo.quickReplies().listAll("EMAIL").stream().toList();

    assertEquals(List.of(1101L, 1102L), page.getData().stream().map(QuickReply::getId).toList());
    assertEquals(999, page.getMeta().getPerPage(), "999 a page, as the real capture");
    assertEquals(List.of(1102L), email.stream().map(QuickReply::getId).toList());
    assertEquals(List.of(), trengo.quickReplies().listAll().stream().filter(r -> r.getAttachments() == null).toList());
    assertTrue(sandbox.receivedRequests().stream().anyMatch(r -> r.url().endsWith("/quick_replies?page=1&type=EMAIL")));
  }

  @Test
  @Covers({"createQuickReply", "listQuickReplies"})
  void createsAQuickReplyOfferedOnAChannel(TrengoClient trengo, TrengoSandbox sandbox) {
    QuickReply created = trengo.quickReplies().create(CreateQuickReply.builder().title("Shipped")
        .message("Your order has shipped.").type(TypeEnum.MESSAGING).channelId(102L).build());

    assertEquals("Shipped", created.getTitle());
    assertEquals("MESSAGING", created.getType());
    assertTrue(trengo.quickReplies().listAll("MESSAGING").stream().anyMatch(r -> r.getId().equals(created.getId())));
    assertEquals("{\"title\":\"Shipped\",\"message\":\"Your order has shipped.\",\"type\":\"MESSAGING\",\"channel_ids\":[102]}",
        sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/quick_replies")).findFirst().orElseThrow().body());
  }

  @Test
  @Covers("createQuickReply")
  void aDeprecatedSmsQuickReplyIsKeptAsMessagingAsTheRealAnswerWas(TrengoClient trengo) {
    QuickReply created = trengo.quickReplies().createAsync(
        CreateQuickReply.builder().title("title").message("message").type(TypeEnum.SMS).build()).join();

    assertEquals("MESSAGING", created.getType());
  }

  @Test
  @Covers({"updateQuickReply", "deleteQuickReply", "listQuickReplies"})
  void updatesThenDeletesAQuickReply(TrengoClient trengo) {
    QuickReply updated = trengo.quickReplies().update(1101,
        CreateQuickReply.builder().title("Thanks!").message("Thanks, we are on it.").type(TypeEnum.EMAIL).build());
    trengo.quickReplies().delete(1102);

    assertEquals("Thanks!", updated.getTitle());
    assertEquals(List.of(1101L), trengo.quickReplies().listAll("EMAIL").stream().map(QuickReply::getId).toList());
    assertThrows(NotFoundException.class, () -> trengo.quickReplies().delete(1102));
    UnprocessableEntityException unknownChannel = assertThrows(UnprocessableEntityException.class,
        () -> trengo.quickReplies().update(1101, CreateQuickReply.builder().title("t").message("m")
            .type(TypeEnum.EMAIL).channelId(999L).build()));
    assertEquals(List.of("The selected channel ids.0 is invalid."), unknownChannel.errors().get("channel_ids.0"));
  }
}
