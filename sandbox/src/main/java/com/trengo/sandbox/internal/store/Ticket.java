package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ticket (conversation). {@code assigneeId}, {@code teamId}, {@code assignedAt} and {@code closedAt}
 * may be null; {@code labelIds} is never null. {@code customFieldValues} maps a custom field's id to
 * its value. {@code statusBeforeSpam} is the status a ticket marked as spam goes back to when it is
 * unmarked; null for a ticket that is not spam.
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
    Instant closedAt,
    Map<Long, String> customFieldValues,
    TicketStatus statusBeforeSpam) {

  /** Copies the label list and values so a ticket cannot change under the store. */
  public Ticket {
    labelIds = List.copyOf(labelIds);
    customFieldValues = Collections.unmodifiableMap(new TreeMap<>(customFieldValues));
  }

  /** This ticket assigned to a user and/or team, touched at {@code now}. */
  public Ticket assignedTo(Long userId, Long newTeamId, Instant now) {
    return new Ticket(
        id, subject, TicketStatus.ASSIGNED, contactId, channelId, userId != null ? userId : assigneeId,
        newTeamId != null ? newTeamId : teamId, labelIds, createdAt, now, now, closedAt, customFieldValues,
        statusBeforeSpam);
  }

  /** This ticket closed at {@code now} (a spam ticket closed is no longer spam). */
  public Ticket closed(Instant now) {
    return withStatus(TicketStatus.CLOSED, now, now, null);
  }

  /**
   * This ticket reopened at {@code now} when it is closed: ASSIGNED when it has an assignee (a user or a
   * team), OPEN otherwise, as the TICKET_REOPENED webhook's "OPEN or ASSIGNED" says. A ticket that is not
   * closed is returned as it is.
   */
  public Ticket reopened(Instant now) {
    if (status != TicketStatus.CLOSED) {
      return this;
    }
    return withStatus(isAssigned() ? TicketStatus.ASSIGNED : TicketStatus.OPEN, now, null, statusBeforeSpam);
  }

  /** This ticket marked as spam (status INVALID), remembering its status; marking twice keeps the first. */
  public Ticket markedAsSpam(Instant now) {
    if (isSpam()) {
      return this;
    }
    return withStatus(TicketStatus.INVALID, now, closedAt, status);
  }

  /** This ticket with the status it had before it was marked as spam; a ticket that is not spam is unchanged. */
  public Ticket unmarkedAsSpam(Instant now) {
    if (!isSpam()) {
      return this;
    }
    return withStatus(statusBeforeSpam, now, closedAt, null);
  }

  /** Whether the ticket is marked as spam. */
  public boolean isSpam() {
    return statusBeforeSpam != null;
  }

  /** Whether a user or a team is assigned. */
  public boolean isAssigned() {
    return assigneeId != null || teamId != null;
  }

  /** This ticket with one more label (attaching twice keeps one), touched at {@code now}. */
  public Ticket labelled(long labelId, Instant now) {
    if (labelIds.contains(labelId)) {
      return this;
    }
    List<Long> labels = new ArrayList<>(labelIds);
    labels.add(labelId);
    return withLabels(labels, now);
  }

  /** This ticket without the label (detaching one that is not attached changes nothing). */
  public Ticket unlabelled(long labelId, Instant now) {
    if (!labelIds.contains(labelId)) {
      return this;
    }
    List<Long> labels = new ArrayList<>(labelIds);
    labels.remove(Long.valueOf(labelId));
    return withLabels(labels, now);
  }

  /** This ticket without its team (the team was deleted); its status stays. */
  public Ticket withoutTeam() {
    return new Ticket(id, subject, status, contactId, channelId, assigneeId, null, labelIds, createdAt, updatedAt,
        assignedAt, closedAt, customFieldValues, statusBeforeSpam);
  }

  /**
   * This ticket with {@code value} for the custom field {@code fieldId} (replacing an earlier one), or
   * without a value for it when {@code value} is null. A value is a pivot row: updated_at stays.
   */
  public Ticket withCustomField(long fieldId, String value) {
    Map<Long, String> values = new TreeMap<>(customFieldValues);
    if (value == null) {
      values.remove(fieldId);
    } else {
      values.put(fieldId, value);
    }
    return new Ticket(id, subject, status, contactId, channelId, assigneeId, teamId, labelIds, createdAt, updatedAt,
        assignedAt, closedAt, values, statusBeforeSpam);
  }

  /** This ticket with new activity at {@code now}. */
  public Ticket touched(Instant now) {
    return withStatus(status, now, closedAt, statusBeforeSpam);
  }

  private Ticket withStatus(TicketStatus newStatus, Instant now, Instant newClosedAt, TicketStatus beforeSpam) {
    return new Ticket(id, subject, newStatus, contactId, channelId, assigneeId, teamId, labelIds, createdAt, now,
        assignedAt, newClosedAt, customFieldValues, beforeSpam);
  }

  private Ticket withLabels(List<Long> labels, Instant now) {
    return new Ticket(id, subject, status, contactId, channelId, assigneeId, teamId, labels, createdAt, now,
        assignedAt, closedAt, customFieldValues, statusBeforeSpam);
  }
}
