package com.trengo.client.builder;

import com.trengo.client.model.QuickReplyRequest;
import com.trengo.client.model.QuickReplyRequest.TypeEnum;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a validated {@link QuickReplyRequest}, for {@code quickReplies().create(..)} and {@code
 * quickReplies().update(..)}: both take the same body.
 *
 * <pre>{@code
 * trengo.quickReplies().create(CreateQuickReply.builder().title("Thanks")
 *     .message("Thanks for your message!").type(TypeEnum.MESSAGING).channelId(102L).build());
 * }</pre>
 */
public final class CreateQuickReply {
  private CreateQuickReply() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String title;
    private String message;
    private TypeEnum type;
    private final List<Long> channelIds = new ArrayList<>();

    private Builder() {}

    /** The title agents pick it by. Required, not blank. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The text it inserts. Required, not blank. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Where it is offered: {@code MESSAGING} (chat, WhatsApp, ...) or {@code EMAIL}. Required, one the
     * contract lists ({@code SMS} is deprecated, and Trengo answers it as MESSAGING).
     */
    public Builder type(TypeEnum type) {
      this.type = type;
      return this;
    }

    /** Appends a channel it is offered on. Optional; each id positive. */
    public Builder channelId(Long channelId) {
      channelIds.add(channelId);
      return this;
    }

    /**
     * The request, with every field exactly as given; {@code channel_ids} only when one was added.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public QuickReplyRequest build() {
      Checks checks = new Checks("QuickReplyRequest");
      checks.requiredText("title", title);
      checks.requiredText("message", message);
      checks.required("type", type);
      if (type != null && !type.isKnown()) {
        checks.fail("type", type, "must be MESSAGING or EMAIL");
      }
      checks.requiredIds("channel_ids", channelIds);
      checks.throwIfFailed();
      return new QuickReplyRequest()
          .title(title)
          .message(message)
          .type(type)
          .channelIds(channelIds.isEmpty() ? null : List.copyOf(channelIds));
    }
  }
}
