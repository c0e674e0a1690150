package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Attachment;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import com.trengo.sandbox.internal.webhook.EventPayloads;
import com.trengo.sandbox.internal.webhook.EventType;
import com.trengo.sandbox.internal.webhook.WebhookEvents;
import java.util.List;

/** listMessages, sendMessage, sendMediaMessage. */
public final class MessagesHandler {

  private final SandboxStore store;
  private final Views views;
  private final WebhookEvents events;
  private final EventPayloads payloads;

  /** Serves messages from {@code store}. */
  public MessagesHandler(SandboxStore store, Views views, WebhookEvents events, EventPayloads payloads) {
    this.store = store;
    this.views = views;
    this.events = events;
    this.payloads = payloads;
  }

  /** GET /tickets/{ticket_id}/messages: oldest first, full pagination form. */
  public ApiResponse list(ApiRequest request) {
    Ticket ticket = find(request);
    List<JsonObject> messages = store.messages(ticket.id()).stream().map(views::message).toList();
    return ApiResponse.ok(Pagination.lengthAware(messages, request));
  }

  /**
   * POST /tickets/{ticket_id}/messages: a text message to the contact, or with {@code internal_note} a
   * note (type NOTE), answered as {"message": {...}}. The text is {@code message} (a body with the
   * seed's {@code body} instead is a 422, as Trengo answers it); {@code internal_note}, {@code subject}
   * and {@code attachment_ids} may each be null. Files can only be attached by the ids of Trengo's
   * upload, which the sandbox does not have, so a non-empty {@code attachment_ids} fails the exists
   * rule. PyTrengo's {@code attachments_ids} is not a key Trengo reads; it is ignored.
   */
  public ApiResponse send(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String text = body.requiredString("message");
    boolean internalNote = body.optionalBoolean("internal_note");
    body.optionalString("subject");
    List<Long> attachmentIds = body.optionalIds("attachment_ids");
    if (attachmentIds != null) {
      for (int i = 0; i < attachmentIds.size(); i++) {
        body.reject("attachment_ids." + i, "The selected attachment_ids." + i + " is invalid.");
      }
    }
    body.validate();
    MessageType type = internalNote ? MessageType.NOTE : MessageType.OUTBOUND;
    Message message = store.addMessage(ticket.id(), text, type, internalNote, List.of(), request.now());
    store.putTicket(ticket.touched(request.now()));
    events.emit(internalNote ? EventType.NOTE : EventType.OUTBOUND,
        internalNote ? payloads.note(message, ticket) : payloads.outbound(message, ticket));
    return ApiResponse.created(views.messageEnvelope(message));
  }

  /** POST /tickets/{ticket_id}/messages/media: multipart with a {@code file} part and an optional {@code body}. */
  public ApiResponse sendMedia(ApiRequest request) {
    Ticket ticket = find(request);
    FilePart file =
        request.part("file").orElseThrow(() -> UnprocessableException.of("file", "The file field is required."));
    String filename = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
    String text = request.part("body").map(FilePart::text).orElse("");
    Attachment attachment = new Attachment(mediaUrl(ticket, filename), filename);
    Message message =
        store.addMessage(ticket.id(), text, MessageType.OUTBOUND, false, List.of(attachment), request.now());
    store.putTicket(ticket.touched(request.now()));
    events.emit(EventType.OUTBOUND, payloads.outbound(message, ticket));
    return ApiResponse.created(views.message(message));
  }

  private Ticket find(ApiRequest request) {
    return request.pathModel("ticket_id", "Ticket", store::ticket);
  }

  // .invalid never resolves (RFC 2606): a client that fetches an attachment URL fails fast.
  private static String mediaUrl(Ticket ticket, String filename) {
    return "https://media.sandbox.trengo.invalid/tickets/" + ticket.id() + "/"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
