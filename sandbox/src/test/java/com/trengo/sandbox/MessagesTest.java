package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessagesTest {

  private static final long TWO_TO_THE_31 = 1L << 31;

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void listsMessagesInTheFullPaginationFormWithLastPageAndTotal() throws IOException {
    JsonObject first = api.get("tickets/90001/messages").json();

    JsonObject meta = first.getAsJsonObject("meta");
    assertEquals(
        Set.of("current_page", "from", "last_page", "links", "path", "per_page", "to", "total"), meta.keySet());
    assertEquals(30, meta.get("total").getAsInt());
    assertEquals(2, meta.get("last_page").getAsInt());
    assertEquals(25, first.getAsJsonArray("data").size());
    assertTrue(first.getAsJsonObject("links").get("last").getAsString().endsWith("messages?page=2"));
    JsonObject second = api.getUrl(first.getAsJsonObject("links").get("next").getAsString()).json();
    assertEquals(5, second.getAsJsonArray("data").size());
    assertTrue(second.getAsJsonObject("links").get("next").isJsonNull());
  }

  @Test
  void messageIdsAreAboveTwoToTheThirtyOne() throws IOException {
    List<JsonObject> messages = Pages.all(api, sandbox.sandbox(), "tickets/90001/messages");

    assertTrue(
        messages.stream().allMatch(m -> m.get("id").getAsLong() > TWO_TO_THE_31),
        "every message id exceeds 2^31, as real ones do");
    assertEquals(3_448_655_702L, messages.get(0).get("id").getAsLong());
  }

  @Test
  void sendsAnOutboundMessageThatThenAppearsInTheThread() throws IOException {
    Reply sent = api.post("tickets/90002/messages", "{\"message\":\"On its way!\"}");

    assertEquals(201, sent.status(), sent.toString());
    JsonObject message = sent.json().getAsJsonObject("message");
    assertEquals("OUTBOUND", message.get("type").getAsString());
    assertEquals("On its way!", message.get("message").getAsString());
    assertEquals(90002, message.get("ticket_id").getAsLong());
    assertEquals(90002, message.getAsJsonObject("ticket").get("id").getAsLong(), "the ticket is embedded");
    assertTrue(message.get("id").getAsLong() > TWO_TO_THE_31);
    List<JsonObject> thread = Pages.all(api, sandbox.sandbox(), "tickets/90002/messages");
    assertEquals("On its way!", thread.get(thread.size() - 1).get("message").getAsString());
  }

  @Test
  void sendsAnInternalNoteAsTypeNote() throws IOException {
    Reply sent = api.post("tickets/90002/messages", "{\"message\":\"Customer called\",\"internal_note\":true}");

    assertEquals(201, sent.status(), sent.toString());
    assertEquals("NOTE", sent.json().getAsJsonObject("message").get("type").getAsString());
  }

  @Test
  void aBodyWithoutMessageIs422EvenWithTheSeedsBody() throws IOException {
    Reply rejected = api.post("tickets/90002/messages", "{\"body\":\"On its way!\"}");

    assertEquals(422, rejected.status());
    assertEquals(
        "The message field is required.",
        rejected.firstError("message"));
    assertEquals(
        List.of("validation.request.body.schema.additionalProperties", "validation.request.body.schema.required"),
        sandbox.sandbox().violations().stream().map(SpecViolation::key).toList());
    sandbox.sandbox().clearViolations();
  }

  @Test
  void attachmentIdsMustBeUploadsTheSandboxDoesNotHave() throws IOException {
    Reply rejected = api.post("tickets/90002/messages", "{\"message\":\"See attached\",\"attachment_ids\":[77]}");

    assertEquals(422, rejected.status());
    assertEquals(
        "The selected attachment_ids.0 is invalid.",
        rejected.firstError("attachment_ids.0"));
  }

  @Test
  void uploadsAMediaMessageAsMultipart() throws IOException {
    Reply sent = api.send(multipart("tickets/90003/messages/media", "invoice.pdf", "Your invoice"));

    assertEquals(201, sent.status(), sent.toString());
    JsonObject attachment = sent.json().getAsJsonArray("attachments").get(0).getAsJsonObject();
    assertEquals("invoice.pdf", attachment.get("filename").getAsString());
    assertTrue(attachment.get("url").getAsString().endsWith("/invoice.pdf"));
    assertEquals("Your invoice", sent.json().get("body").getAsString());
  }

  @Test
  void rejectsAMediaMessageWithoutAFileWith422() throws IOException {
    Reply rejected = api.send(multipart("tickets/90003/messages/media", null, "No file"));

    assertEquals(422, rejected.status());
    assertEquals(
        "The file field is required.",
        rejected.firstError("file"));
  }

  @Test
  void answers404ForMessagesOfAnUnknownTicket() throws IOException {
    assertEquals(404, api.get("tickets/1/messages").status());
    assertEquals(404, api.post("tickets/1/messages", "{\"message\":\"x\"}").status());
  }

  /** A multipart/form-data request with a text part "body" and, if {@code filename} is set, a "file". */
  private HttpRequest.Builder multipart(String path, String filename, String text) {
    String boundary = "sandbox-test-boundary";
    StringBuilder body = new StringBuilder();
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"body\"\r\n\r\n")
        .append(text).append("\r\n");
    if (filename != null) {
      body.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(filename).append("\"\r\n")
          .append("Content-Type: application/pdf\r\n\r\n")
          .append("%PDF-1.4 not really\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return api.request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
  }
}
