package com.trengo.client;

import com.trengo.client.api.MessagesApi;
import com.trengo.client.builder.SendMedia;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.Message;
import com.trengo.client.model.MessageList;
import com.trengo.client.model.SendMessageRequest;
import java.nio.file.Path;
import java.util.Objects;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/** Messages of a ticket. Get one from {@link TrengoClient#messages()}. */
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

  private static MultipartBody.Part filePart(Path file, String contentType) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(contentType, "contentType == null");
    return MultipartBody.Part.createFormData(
        "file", file.getFileName().toString(), RequestBody.create(file.toFile(), MediaType.get(contentType)));
  }

  /** Every message of the ticket, fetched page by page as the walk reaches it. */
  public AutoPager<Message> listAll(long ticketId) {
    return AutoPager.of(
        page -> {
          MessageList list = list(ticketId, page);
          return new Page<>(page, list.getData(), list.getMeta(), list.getLinks());
        },
        Message::getId);
  }
}
