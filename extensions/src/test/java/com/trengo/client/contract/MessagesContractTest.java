package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Message;
import com.trengo.client.model.MessageList;
import com.trengo.client.builder.LogPhoneCall;
import com.trengo.client.builder.SendMedia;
import com.trengo.client.builder.SendMessage;
import com.trengo.client.builder.SendToIdentifier;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.LogPhoneCallRequest;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages through TrengoClient against the sandbox: list, get, send text and media, delete, upload a
 * file to attach, send to an identifier without a ticket, log a phone call.
 */
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

  @Test
  @Covers({"getMessage", "listMessages"})
  void getsOneMessageAsTheThreadShowsItAndOnlyOnItsTicket(TrengoClient trengo) {
    Message listed = trengo.messages().list(LONG_THREAD, 1).getData().get(3);

    Message got = trengo.messages().get(LONG_THREAD, listed.getId());

    assertEquals(listed, got);
    assertThrows(NotFoundException.class, () -> trengo.messages().get(90002, listed.getId()), "not on that ticket");
    CompletionException async = assertThrows(CompletionException.class, () -> trengo.messages().getAsync(LONG_THREAD, 1).join());
    assertInstanceOf(NotFoundException.class, async.getCause());
  }

  @Test
  @Covers({"deleteMessage", "getMessage", "listMessages"})
  void aDeletedMessageIsGoneFromTheThread(TrengoClient trengo) {
    long messageId = trengo.messages().list(LONG_THREAD, 1).getData().get(0).getId();

    trengo.messages().delete(LONG_THREAD, messageId);

    assertThrows(NotFoundException.class, () -> trengo.messages().get(LONG_THREAD, messageId));
    List<Long> thread = trengo.messages().listAll(LONG_THREAD).stream().map(Message::getId).toList();
    assertEquals(29, thread.size());
    assertTrue(!thread.contains(messageId));
  }

  @Test
  @Covers({"uploadMessageFile", "sendMessage"})
  void anUploadedFileIsAttachedByItsId(TrengoClient trengo, TrengoSandbox sandbox) {
    long attachmentId = trengo.messages().upload(
        SendMedia.builder().bytes("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .filename("invoice 42.pdf").contentType("application/pdf").build());

    Message sent = trengo.messages().send(LONG_THREAD,
        SendMessage.builder().message("Your invoice").attachmentId(attachmentId).build());

    assertEquals(1, sent.getAttachments().size());
    assertEquals("invoice 42.pdf", sent.getAttachments().get(0).getFilename());
    assertTrue(sent.getAttachments().get(0).getUrl().endsWith("/invoice%2042.pdf"), sent.getAttachments().toString());
    UnprocessableEntityException unknown = assertThrows(UnprocessableEntityException.class,
        () -> trengo.messages().send(LONG_THREAD, SendMessage.builder().message("x").attachmentId(attachmentId + 1).build()));
    assertTrue(unknown.errors().containsKey("attachment_ids.0"), unknown.errors().toString());
  }

  @Test
  @Covers("uploadMessageFile")
  void anUploadWithABodyIsRefusedBeforeSendingAndIsNeverResent(TrengoClient trengo, TrengoSandbox sandbox) {
    SendMedia withText = SendMedia.builder().body("text an upload would drop").bytes(new byte[] {1})
        .filename("a.bin").contentType("application/octet-stream").build();
    SendMedia file = SendMedia.builder().bytes(new byte[] {1}).filename("a.bin").contentType("application/octet-stream").build();
    sandbox.faults().next("POST", "/upload/messages/multipart", FaultType.RESET_AFTER_APPLY);

    assertThrows(TrengoValidationException.class, () -> trengo.messages().upload(withText));
    CompletionException unknown = assertThrows(CompletionException.class, () -> trengo.messages().uploadAsync(file).join());
    assertInstanceOf(TrengoOutcomeUnknownException.class, unknown.getCause());

    assertEquals(1, sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/upload/messages/multipart")).count());
  }

  @Test
  @Covers({"sendQuickMessage", "listMessages", "listTickets"})
  void sendsToANewIdentifierMakingTheContactAndTicketThenToTheSameTicketAgain(TrengoClient trengo) {
    SendToIdentifier.Builder message = SendToIdentifier.builder()
        .channelId(101L).contactIdentifier("hopper@example.com").contactName("Grace Hopper").emailSubject("Compilers");

    trengo.messages().sendToIdentifier(message.message("First").build());
    trengo.messages().sendToIdentifierAsync(message.message("Second").build()).join();

    com.trengo.client.model.Contact contact = trengo.contacts().findByIdentifier("hopper@example.com").orElseThrow();
    assertEquals("Grace Hopper", contact.getName());
    List<com.trengo.client.model.Ticket> tickets =
        trengo.tickets().list(com.trengo.client.TicketQuery.builder().contactId(contact.getId()).build()).getData();
    assertEquals(1, tickets.size(), "one ticket for both messages");
    assertEquals("Compilers", tickets.get(0).getSubject());
    List<String> texts = trengo.messages().listAll(tickets.get(0).getId()).stream().map(Message::getMessage).toList();
    assertEquals(List.of("First", "Second"), texts);
  }

  @Test
  @Covers({"logPhoneCall", "listMessages", "listTickets"})
  void aLoggedCallIsACallLogWithItsRecordingAndTheNoteAfterIt(TrengoClient trengo) {
    trengo.messages().logPhoneCall(LogPhoneCall.builder().channelId(104L).phone("+31201234567")
        .direction(LogPhoneCallRequest.DirectionEnum.INBOUND).durationSeconds(95)
        .recordingUrl("https://pbx.example.com/rec/1.mp3").note("Wants a callback").build());

    com.trengo.client.model.Contact caller = trengo.contacts().findByIdentifier("+31201234567").orElseThrow();
    long ticketId = trengo.tickets().list(com.trengo.client.TicketQuery.builder().contactId(caller.getId()).build())
        .getData().get(0).getId();
    List<Message> thread = trengo.messages().listAll(ticketId).stream().toList();
    assertEquals(2, thread.size());
    assertEquals("CALL_LOG", thread.get(0).getBodyType());
    assertEquals("Inbound call", thread.get(0).getMessage());
    assertEquals(Message.TypeEnum.INBOUND, thread.get(0).getType());
    assertEquals("https://pbx.example.com/rec/1.mp3", thread.get(0).getFileName());
    assertEquals(Message.TypeEnum.NOTE, thread.get(1).getType());
    assertEquals("Wants a callback", thread.get(1).getMessage());
  }
}
