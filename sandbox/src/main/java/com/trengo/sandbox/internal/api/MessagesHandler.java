package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Attachment;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.Upload;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * listMessages, getMessage, sendMessage, sendMediaMessage, deleteMessage, uploadMessageFile, and the
 * quick actions that write messages without a ticket: sendQuickMessage, logPhoneCall.
 */
public final class MessagesHandler {

  private static final Set<String> DIRECTIONS = Set.of("INBOUND", "OUTBOUND");

  private final SandboxStore store;
  private final Views views;
  private final Conversations conversations;

  /** Serves messages from {@code store}, writing to tickets through {@code conversations}. */
  MessagesHandler(SandboxStore store, Views views, Conversations conversations) {
    this.store = store;
    this.views = views;
    this.conversations = conversations;
  }

  /** GET /tickets/{ticket_id}/messages: oldest first, full pagination form. */
  public ApiResponse list(ApiRequest request) {
    Ticket ticket = find(request);
    List<JsonObject> messages = store.messages(ticket.id()).stream().map(views::message).toList();
    return ApiResponse.ok(Pagination.lengthAware(messages, request));
  }

  /** GET /tickets/{ticket_id}/messages/{message_id}: 404 for a message that is not on this ticket. */
  public ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(views.message(findMessage(request)));
  }

  /** DELETE /tickets/{ticket_id}/messages/{message_id}: gone from the thread; 204. */
  public ApiResponse delete(ApiRequest request) {
    Message message = findMessage(request);
    store.removeMessage(message.ticketId(), message.id());
    return ApiResponse.noContent();
  }

  /**
   * POST /tickets/{ticket_id}/messages: a text message to the contact, or with {@code internal_note} a
   * note (type NOTE), answered as {"message": {...}}. The text is {@code message} (a body with the
   * seed's {@code body} instead is a 422, as Trengo answers it); {@code internal_note}, {@code subject}
   * and {@code attachment_ids} may each be null. Each attachment id must be a file uploaded with
   * uploadMessageFile (the exists rule), which the message then carries. PyTrengo's {@code
   * attachments_ids} is not a key Trengo reads; it is ignored.
   */
  public ApiResponse send(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String text = body.requiredString("message");
    boolean internalNote = body.optionalBoolean("internal_note");
    body.optionalString("subject");
    List<Long> attachmentIds = body.optionalIds("attachment_ids");
    List<Attachment> attachments = new ArrayList<>();
    if (attachmentIds != null) {
      for (int i = 0; i < attachmentIds.size(); i++) {
        Optional<Upload> upload = store.upload(attachmentIds.get(i));
        upload.ifPresent(u -> attachments.add(u.asAttachment()));
        if (upload.isEmpty()) {
          body.reject("attachment_ids." + i, "The selected attachment_ids." + i + " is invalid.");
        }
      }
    }
    body.validate();
    MessageType type = internalNote ? MessageType.NOTE : MessageType.OUTBOUND;
    Message message = conversations.write(ticket, text, type, attachments, request.now());
    return ApiResponse.created(views.messageEnvelope(message));
  }

  /** POST /tickets/{ticket_id}/messages/media: multipart with a {@code file} part and an optional {@code body}. */
  public ApiResponse sendMedia(ApiRequest request) {
    Ticket ticket = find(request);
    FilePart file = requiredFile(request);
    String filename = filename(file);
    String text = request.part("body").map(FilePart::text).orElse("");
    Attachment attachment = new Attachment(mediaUrl("tickets/" + ticket.id(), filename), filename);
    Message message = conversations.write(ticket, text, MessageType.OUTBOUND, List.of(attachment), request.now());
    return ApiResponse.created(views.message(message));
  }

  /**
   * POST /upload/messages/multipart: keeps the {@code file} part and answers 201 with its {@code id}, which
   * sendMessage's attachment_ids then accept. What else Trengo answers is not published; the sandbox
   * sends only the id.
   */
  public ApiResponse upload(ApiRequest request) {
    String filename = filename(requiredFile(request));
    Upload upload = store.addUpload(filename, id -> mediaUrl("uploads/" + id, filename));
    JsonObject json = new JsonObject();
    json.addProperty("id", upload.id());
    return ApiResponse.created(json);
  }

  /**
   * POST /messages: an outbound message to {@code contact_identifier} on {@code channel_id}, in the
   * contact's open ticket on that channel, or a new one ({@link SandboxStore#openTicketFor}); the
   * contact is made, named {@code contact_name}, when the identifier is new. Announced as a send on a
   * ticket is: TICKET_CREATED for a new ticket, then OUTBOUND. 201 without a body: the answer is not
   * published.
   */
  public ApiResponse sendQuick(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    Long channelId = body.requiredId("channel_id");
    String identifier = body.requiredString("contact_identifier");
    String text = body.requiredString("message");
    String name = body.optionalString("contact_name");
    String subject = body.optionalString("email_subject");
    body.requireExists("channel_id", channelId, store::channel);
    body.validate();
    Ticket ticket = conversations.openTicketFor(identifier, name, channelId, subject, request.now());
    conversations.write(ticket, text, MessageType.OUTBOUND, List.of(), request.now());
    return ApiResponse.createdEmpty();
  }

  /**
   * POST /voice/logs: the call as a CALL_LOG message (its direction, the recording's URL as the file) on
   * the open ticket of the contact with that phone number on the channel, and the {@code note}, if any,
   * as an internal note after it (announced as a NOTE; the call itself as no event, since no source shows
   * that a logged call sends a VOICE_CALL_* webhook). 201 without a body: the answer is not published.
   */
  public ApiResponse logCall(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    Long channelId = body.requiredId("channel_id");
    String phone = body.requiredString("phone");
    String direction = body.requiredOneOf("direction", DIRECTIONS);
    String name = body.optionalString("contact_name");
    String note = body.optionalString("note");
    body.optionalInteger("duration", 0);
    String recording = body.optionalUrl("recording_url");
    body.requireExists("channel_id", channelId, store::channel);
    body.validate();
    Ticket ticket = conversations.openTicketFor(phone, name, channelId, null, request.now());
    store.addCallLog(ticket.id(), MessageType.valueOf(direction), recording, request.now());
    store.putTicket(ticket.touched(request.now()));
    if (note != null) {
      conversations.write(store.ticket(ticket.id()).orElseThrow(), note, MessageType.NOTE, List.of(), request.now());
    }
    return ApiResponse.createdEmpty();
  }

  private Ticket find(ApiRequest request) {
    return request.pathModel("ticket_id", "Ticket", store::ticket);
  }

  private Message findMessage(ApiRequest request) {
    long ticketId = find(request).id();
    return request.pathModel("message_id", "Message", id -> store.message(ticketId, id));
  }

  private static FilePart requiredFile(ApiRequest request) {
    return request.part("file").orElseThrow(() -> UnprocessableException.of("file", "The file field is required."));
  }

  private static String filename(FilePart file) {
    return file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
  }

  // .invalid never resolves (RFC 2606): a client that fetches an attachment URL fails fast.
  private static String mediaUrl(String folder, String filename) {
    return "https://media.sandbox.trengo.invalid/" + folder + "/"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
