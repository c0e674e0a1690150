package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Message;
import com.trengo.client.model.MessageList;
import com.trengo.client.builder.SendMessage;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Messages of a ticket through TrengoClient against the sandbox: list, send text, send media. */
class MessagesContractTest {

  /** The seeded ticket with a 30-message thread: two pages of 25. */
  private static final long LONG_THREAD = 90001;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"sendMessage", "listMessages"})
  void sendsAMessageThenTheListShowsItWithAnIdAboveInt32(TrengoClient trengo, TrengoSandbox sandbox) {
    Message sent = trengo.messages().send(LONG_THREAD, SendMessage.builder().message("Your order has shipped.").build());

    List<Message> thread = trengo.messages().listAll(LONG_THREAD).stream().toList();

    assertEquals("{\"message\":\"Your order has shipped.\"}", sandbox.receivedRequests().stream()
        .filter(r -> r.is("POST", "/tickets/" + LONG_THREAD + "/messages")).findFirst().orElseThrow().body());
    assertTrue(sent.getId() > Integer.MAX_VALUE, "an id past 2^31, as real Trengo ids are: " + sent.getId());
    assertEquals(Message.TypeEnum.OUTBOUND, sent.getType());
    assertEquals(LONG_THREAD, sent.getTicketId());
    assertEquals(LONG_THREAD, sent.getTicket().getId(), "the send answer embeds the ticket");
    assertEquals(31, thread.size());
    Message last = thread.get(thread.size() - 1);
    assertEquals(sent.getId(), last.getId());
    assertEquals("Your order has shipped.", last.getMessage());
  }

  @Test
  @Covers("sendMessage")
  void sendsAnInternalNoteWithASubjectAsTypeNote(TrengoClient trengo) {
    Message note = trengo.messages().sendAsync(LONG_THREAD,
        SendMessage.builder().message("Customer called, wants a refund").internalNote(true).subject("Call").build()).join();

    assertEquals(Message.TypeEnum.NOTE, note.getType());
    assertEquals("Customer called, wants a refund", note.getMessage());
    assertTrue(note.getType().isKnown(), "NOTE is in the contract's enum now");
  }

  @Test
  @Covers("sendMessage")
  void attachmentIdsTheAccountHasNotUploadedAre422NamingEach(TrengoClient trengo) {
    UnprocessableEntityException rejected = assertThrows(UnprocessableEntityException.class,
        () -> trengo.messages().send(LONG_THREAD, SendMessage.builder().message("See attached").attachmentId(77L).build()));

    assertEquals(List.of("The selected attachment_ids.0 is invalid."), rejected.errors().get("attachment_ids.0"));
  }

  @Test
  @Covers("listMessages")
  void listsALongThreadOnTwoPages(TrengoClient trengo) {
    MessageList first = trengo.messages().list(LONG_THREAD, 1);
    MessageList second = trengo.messages().list(LONG_THREAD, 2);

    assertEquals(25, first.getData().size());
    assertEquals(5, second.getData().size());
    assertEquals(2, first.getMeta().getLastPage());
    assertEquals(30, first.getMeta().getTotal());
    assertNull(second.getLinks().getNext());
    assertTrue(first.getData().get(0).getId() < second.getData().get(0).getId(), "oldest first");
  }

  @Test
  @Covers({"sendMediaMessage", "listMessages"})
  void sendsAFileThenTheListShowsTheAttachment(TrengoClient trengo, @TempDir Path dir) throws IOException {
    Path invoice = Files.writeString(dir.resolve("invoice 42.pdf"), "%PDF-1.4 not really");

    Message sent = trengo.messages().sendMedia(90002, "Your invoice", invoice, "application/pdf");

    assertEquals("Your invoice", sent.getMessage());
    assertEquals(1, sent.getAttachments().size());
    assertEquals("invoice 42.pdf", sent.getAttachments().get(0).getFilename());
    List<Message> thread = trengo.messages().listAll(90002).stream().toList();
    assertEquals(sent.getId(), thread.get(thread.size() - 1).getId());
    assertEquals("invoice 42.pdf", thread.get(thread.size() - 1).getAttachments().get(0).getFilename());
  }

  @Test
  @Covers("sendMessage")
  void aBlankMessageIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.messages().send(LONG_THREAD, new SendMessageRequest().message("  ")));

    assertEquals(List.of("The message field is required."), rejected.errors().get("message"));
  }

  @Test
  @Covers("listMessages")
  void theMessagesOfAnUnknownTicketAreNotFound(TrengoClient trengo) {
    assertThrows(NotFoundException.class, () -> trengo.messages().list(1, 1));
  }

  @Test
  @Covers({"sendMessage", "listMessages"})
  void aMessageWhoseConnectionDropsAfterItIsSentIsNotSentTwice(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("POST", "/tickets/{ticket_id}/messages", FaultType.RESET_AFTER_APPLY);

    assertThrows(
        TrengoOutcomeUnknownException.class,
        () -> trengo.messages().send(LONG_THREAD, SendMessage.builder().message("Sent once").build()));

    List<Message> thread = trengo.messages().listAll(LONG_THREAD).stream().toList();
    assertEquals(1, thread.stream().filter(m -> "Sent once".equals(m.getMessage())).count());
    assertEquals(31, thread.size());
  }
}
