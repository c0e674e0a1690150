package com.trengo.client;

import com.trengo.client.api.MessagesApi;
import com.trengo.client.builder.SendMedia;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.LogPhoneCallRequest;
import com.trengo.client.model.Message;
import com.trengo.client.model.MessageList;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.SendQuickMessageRequest;
import com.trengo.client.model.UploadedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Messages: a ticket's messages (list, get, send text or media, delete), file uploads to attach, and
 * the quick actions that write without a ticket (send to an identifier, log a phone call). Get one from
 * {@link TrengoClient#messages()}.
 */
public final class MessagesService {
  private final CallExecutor executor;
  private final MessagesApi api;

  MessagesService(CallExecutor executor, MessagesApi api) {
    this.executor = executor;
    this.api = api;
  }

  /** One page of the ticket's messages. */
  public MessageList list(long ticketId, int page) {
    return executor.execute(api.listMessages(ticketId, page));
  }

  /** Async form of {@link #list(long, int)}. */
  public CompletableFuture<MessageList> listAsync(long ticketId, int page) {
    return executor.executeAsync(api.listMessages(ticketId, page));
  }

  /**
   * Sends a text message on the ticket's channel, or an internal note ({@link
   * com.trengo.client.builder.SendMessage} builds the request). Never resent once it may have reached
   * the server: a second send would be a second message to the customer.
   */
  public Message send(long ticketId, SendMessageRequest request) {
    return executor.execute(api.sendMessage(ticketId, request));
  }

  /** Async form of {@link #send(long, SendMessageRequest)}. */
  public CompletableFuture<Message> sendAsync(long ticketId, SendMessageRequest request) {
    return executor.executeAsync(api.sendMessage(ticketId, request));
  }

  /**
   * Sends a message with a file attached. The file is read when the request is written, so it can be
   * resent after a 429. Never resent once it may have reached the server.
   *
   * @param body the message text, or null
   * @param file the file to attach
   * @param contentType its media type, e.g. {@code image/png}
   */
  public Message sendMedia(long ticketId, String body, Path file, String contentType) {
    return executor.execute(api.sendMediaMessage(ticketId, body, filePart(file, contentType)));
  }

  /** Async form of {@link #sendMedia(long, String, Path, String)}. */
  public CompletableFuture<Message> sendMediaAsync(long ticketId, String body, Path file, String contentType) {
    return executor.executeAsync(api.sendMediaMessage(ticketId, body, filePart(file, contentType)));
  }

  /**
   * Sends a message with an attachment built and validated by {@link SendMedia}. Its content, from a
   * file, bytes or a stream, can be written again, so it is resent after a 429. Never resent once it
   * may have reached the server.
   */
  public Message sendMedia(long ticketId, SendMedia media) {
    Objects.requireNonNull(media, "media == null");
    return executor.execute(api.sendMediaMessage(ticketId, media.body(), media.filePart()));
  }

  /** Async form of {@link #sendMedia(long, SendMedia)}. */
  public CompletableFuture<Message> sendMediaAsync(long ticketId, SendMedia media) {
    Objects.requireNonNull(media, "media == null");
    return executor.executeAsync(api.sendMediaMessage(ticketId, media.body(), media.filePart()));
  }

  /**
   * One message of the ticket; {@link com.trengo.client.error.NotFoundException} when it is not on this
   * ticket (deleted, or moved by a merge).
   */
  public Message get(long ticketId, long messageId) {
    return executor.execute(api.getMessage(ticketId, messageId));
  }

  /** Async form of {@link #get(long, long)}. */
  public CompletableFuture<Message> getAsync(long ticketId, long messageId) {
    return executor.executeAsync(api.getMessage(ticketId, messageId));
  }

  /** Deletes a message of the ticket. Resent after a failure like any DELETE. */
  public void delete(long ticketId, long messageId) {
    executor.execute(api.deleteMessage(ticketId, messageId));
  }

  /** Async form of {@link #delete(long, long)}. */
  public CompletableFuture<Void> deleteAsync(long ticketId, long messageId) {
    return executor.executeAsync(api.deleteMessage(ticketId, messageId));
  }

  /**
   * Uploads a file and returns the id to attach it by ({@link com.trengo.client.builder.SendMessage.Builder#attachmentId}).
   * The file is a {@link SendMedia} built without a body. Never resent once it may have reached the
   * server. Trengo's answer is not published: the id is read from its {@code id}.
   *
   * @throws TrengoValidationException when {@code file} has a body, which an upload would drop; nothing is sent
   * @throws TrengoDecodingException when the answer has no {@code id} (the file was uploaded)
   */
  public long upload(SendMedia file) {
    return idOf(executor.execute(api.uploadMessageFile(uploadPart(file))));
  }

  /** Async form of {@link #upload(SendMedia)}; an invalid argument is thrown, not returned. */
  public CompletableFuture<Long> uploadAsync(SendMedia file) {
    return executor.executeAsync(api.uploadMessageFile(uploadPart(file))).thenApply(MessagesService::idOf);
  }

  /**
   * Sends a message to an e-mail address or phone number on a channel, without a ticket: Trengo finds or
   * makes the contact and its ticket ({@link com.trengo.client.builder.SendToIdentifier} builds the
   * request). Never resent once it may have reached the server. The answer is not published, so
   * nothing is returned.
   */
  public void sendToIdentifier(SendQuickMessageRequest request) {
    executor.execute(api.sendQuickMessage(request));
  }

  /** Async form of {@link #sendToIdentifier(SendQuickMessageRequest)}. */
  public CompletableFuture<Void> sendToIdentifierAsync(SendQuickMessageRequest request) {
    return executor.executeAsync(api.sendQuickMessage(request));
  }

  /**
   * Records a phone call made outside Trengo on a ticket of the contact with that number ({@link
   * com.trengo.client.builder.LogPhoneCall} builds the request). Never resent once it may have reached
   * the server.
   */
  public void logPhoneCall(LogPhoneCallRequest request) {
    executor.execute(api.logPhoneCall(request));
  }

  /** Async form of {@link #logPhoneCall(LogPhoneCallRequest)}. */
  public CompletableFuture<Void> logPhoneCallAsync(LogPhoneCallRequest request) {
    return executor.executeAsync(api.logPhoneCall(request));
  }

  private static MultipartBody.Part uploadPart(SendMedia file) {
    Objects.requireNonNull(file, "file == null");
    if (file.body() != null) {
      throw new TrengoValidationException("uploadMessageFile",
          List.of(FieldError.of("body", file.body(), "is not sent by an upload: build the SendMedia without a body")));
    }
    return file.filePart();
  }

  private static long idOf(UploadedFile uploaded) {
    if (uploaded == null || uploaded.getId() == null) {
      throw new TrengoDecodingException("$.id", "",
          "the upload's answer has no id (the file was uploaded; the contract assumes the answer's id is the one"
              + " attachment_ids take, and no published answer shows it)", null);
    }
    return uploaded.getId();
  }

  private static MultipartBody.Part filePart(Path file, String contentType) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(contentType, "contentType == null");
    return MultipartBody.Part.createFormData(
        "file", file.getFileName().toString(), RequestBody.create(file.toFile(), MediaType.get(contentType)));
  }

  /** Every message of the ticket, fetched page by page as the walk reaches it. */
  public AutoPager<Message> listAll(long ticketId) {
    return AutoPager.of(
        page -> page(page, list(ticketId, page)),
        page -> Listing.pageOf(listAsync(ticketId, page), list -> page(page, list)),
        Message::getId);
  }

  private static Page<Message> page(int number, MessageList list) {
    return new Page<>(number, list.getData(), list.getMeta(), list.getLinks());
  }
}
