package com.trengo.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The filters of a ticket list: status, contact, users, channels, labels, last message type, sort,
 * updated-after, and the page. Immutable; unset filters are not sent.
 */
public final class TicketQuery {
  private final int page;
  private final String status;
  private final Long contactId;
  private final List<Long> users;
  private final List<Long> channels;
  private final List<Long> labels;
  private final String lastMessageType;
  private final String sort;
  private final OffsetDateTime updatedAfter;

  private TicketQuery(Builder b) {
    this.page = b.page;
    this.status = b.status;
    this.contactId = b.contactId;
    this.users = b.users.frozen();
    this.channels = b.channels.frozen();
    this.labels = b.labels.frozen();
    this.lastMessageType = b.lastMessageType;
    this.sort = b.sort;
    this.updatedAfter = b.updatedAfter;
  }

  /** Every ticket, first page. */
  public static TicketQuery all() {
    return builder().build();
  }

  /** A builder with no filter set, page 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this query. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.page = page;
    b.status = status;
    b.contactId = contactId;
    b.users.addAll(users);
    b.channels.addAll(channels);
    b.labels.addAll(labels);
    b.lastMessageType = lastMessageType;
    b.sort = sort;
    b.updatedAfter = updatedAfter;
    return b;
  }

  /** The page, from 1. */
  public int page() {
    return page;
  }

  /** The status filter ({@code OPEN}, {@code ASSIGNED}, {@code CLOSED}, {@code INVALID}, ...), or null. */
  public String status() {
    return status;
  }

  /** The contact filter, or null. */
  public Long contactId() {
    return contactId;
  }

  /** The assigned users filter, or null. */
  public List<Long> users() {
    return users;
  }

  /** The channels filter, or null. */
  public List<Long> channels() {
    return channels;
  }

  /** The labels filter, or null. */
  public List<Long> labels() {
    return labels;
  }

  /** {@code INBOUND} or {@code OUTBOUND}, or null. */
  public String lastMessageType() {
    return lastMessageType;
  }

  /** The sort order (the API's default is {@code -date}), or null. */
  public String sort() {
    return sort;
  }

  /** Only tickets updated after this instant, or null. */
  public OffsetDateTime updatedAfter() {
    return updatedAfter;
  }

  @Override
  public String toString() {
    return "TicketQuery{page=" + page + ", status=" + status + ", contactId=" + contactId + ", users=" + users
        + ", channels=" + channels + ", labels=" + labels + ", lastMessageType=" + lastMessageType
        + ", sort=" + sort + ", updatedAfter=" + updatedAfter + '}';
  }

  /** Builds a {@link TicketQuery}. */
  public static final class Builder {
    private int page = 1;
    private String status;
    private Long contactId;
    private final IdList users = new IdList();
    private final IdList channels = new IdList();
    private final IdList labels = new IdList();
    private String lastMessageType;
    private String sort;
    private OffsetDateTime updatedAfter;

    private Builder() {}

    /** The page, from 1. */
    public Builder page(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("page must be >= 1, was " + page);
      }
      this.page = page;
      return this;
    }

    /** Only tickets with this status. Values the spec does not list are sent as given. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Only tickets of this contact. */
    public Builder contactId(long contactId) {
      this.contactId = contactId;
      return this;
    }

    /** Only tickets assigned to this user; call again to add more. */
    public Builder user(long userId) {
      users.add(userId);
      return this;
    }

    /** Only tickets on this channel; call again to add more. */
    public Builder channel(long channelId) {
      channels.add(channelId);
      return this;
    }

    /** Only tickets with this label; call again to add more. */
    public Builder label(long labelId) {
      labels.add(labelId);
      return this;
    }

    /** {@code INBOUND} or {@code OUTBOUND}. */
    public Builder lastMessageType(String lastMessageType) {
      this.lastMessageType = Objects.requireNonNull(lastMessageType, "lastMessageType == null");
      return this;
    }

    /** The sort order, e.g. {@code -date}. */
    public Builder sort(String sort) {
      this.sort = Objects.requireNonNull(sort, "sort == null");
      return this;
    }

    /** Only tickets updated after this instant. */
    public Builder updatedAfter(OffsetDateTime updatedAfter) {
      this.updatedAfter = Objects.requireNonNull(updatedAfter, "updatedAfter == null");
      return this;
    }

    /** The query. */
    public TicketQuery build() {
      return new TicketQuery(this);
    }
  }
}
