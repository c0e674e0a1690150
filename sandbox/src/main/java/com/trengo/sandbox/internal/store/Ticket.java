package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket (conversation). {@code assigneeId}, {@code teamId}, {@code assignedAt} and {@code closedAt}
 * may be null; {@code labelIds} is never null.
 */
public record Ticket(
    long id,
    String subject,
    TicketStatus status,
    long contactId,
    long channelId,
    Long assigneeId,
    Long teamId,
    List<Long> labelIds,
    Instant createdAt,
    Instant updatedAt,
    Instant assignedAt,
    Instant closedAt) {

  /** Copies the label list so a ticket cannot change under the store. */
  public Ticket {
    labelIds = List.copyOf(labelIds);
  }

  /** This ticket assigned to a user and/or team, touched at {@code now}. */
  public Ticket assignedTo(Long userId, Long newTeamId, Instant now) {
    return new Ticket(
        id,
        subject,
        TicketStatus.ASSIGNED,
        contactId,
        channelId,
        userId != null ? userId : assigneeId,
        newTeamId != null ? newTeamId : teamId,
        labelIds,
        createdAt,
        now,
        now,
        closedAt);
  }

  /** This ticket closed at {@code now}. */
  public Ticket closed(Instant now) {
    return new Ticket(
        id, subject, TicketStatus.CLOSED, contactId, channelId, assigneeId, teamId, labelIds, createdAt, now,
        assignedAt, now);
  }

  /** This ticket with one more label (attaching twice keeps one), touched at {@code now}. */
  public Ticket labelled(long labelId, Instant now) {
    if (labelIds.contains(labelId)) {
      return this;
    }
    List<Long> labels = new ArrayList<>(labelIds);
    labels.add(labelId);
    return new Ticket(
        id, subject, status, contactId, channelId, assigneeId, teamId, labels, createdAt, now, assignedAt, closedAt);
  }

  /** This ticket with new activity at {@code now}. */
  public Ticket touched(Instant now) {
    return new Ticket(
        id, subject, status, contactId, channelId, assigneeId, teamId, labelIds, createdAt, now, assignedAt, closedAt);
  }
}
