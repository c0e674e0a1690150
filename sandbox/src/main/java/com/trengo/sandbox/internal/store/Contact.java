package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A contact. {@code name}, {@code email} and {@code phone} may be null. {@code channelId} is the channel
 * it was created on; {@code channelIds} are the channels it is bound to, in the order it was bound,
 * always including {@code channelId}. {@code customFieldValues} maps a custom field's id to its value.
 *
 * <p>{@code updatedAt} moves only when the contact's own fields change (a PUT), as Laravel's timestamps
 * do: binding a channel, setting a custom field value or joining a profile writes a pivot row, not the
 * contact.
 */
public record Contact(
    long id,
    String name,
    String identifier,
    long channelId,
    String email,
    String phone,
    Instant createdAt,
    Instant updatedAt,
    List<Long> channelIds,
    Map<Long, String> customFieldValues) {

  /** Copies the bindings and values so a contact cannot change under the store. */
  public Contact {
    List<Long> bound = new ArrayList<>(channelIds);
    if (!bound.contains(channelId)) {
      bound.add(0, channelId);
    }
    channelIds = List.copyOf(bound);
    customFieldValues = Collections.unmodifiableMap(new TreeMap<>(customFieldValues));
  }

  /** A new contact, bound only to the channel it is created on, without custom field values. */
  public Contact(
      long id, String name, String identifier, long channelId, String email, String phone, Instant createdAt) {
    this(id, name, identifier, channelId, email, phone, createdAt, createdAt, List.of(channelId), Map.of());
  }

  /** This contact with its own fields replaced (a PUT) at {@code now}; the new channel is bound too. */
  public Contact updated(String newName, String newIdentifier, long newChannelId, String newEmail, String newPhone,
      Instant now) {
    List<Long> bound = new ArrayList<>(channelIds);
    if (!bound.contains(newChannelId)) {
      bound.add(newChannelId);
    }
    return new Contact(
        id, newName, newIdentifier, newChannelId, newEmail, newPhone, createdAt, now, bound, customFieldValues);
  }

  /** This contact also bound to {@code channel} (binding twice keeps one). */
  public Contact boundTo(long channel) {
    if (channelIds.contains(channel)) {
      return this;
    }
    List<Long> bound = new ArrayList<>(channelIds);
    bound.add(channel);
    return new Contact(id, name, identifier, channelId, email, phone, createdAt, updatedAt, bound, customFieldValues);
  }

  /**
   * This contact with {@code value} for the custom field {@code fieldId}, replacing any earlier value;
   * without a value for it when {@code value} is null.
   */
  public Contact withCustomField(long fieldId, String value) {
    Map<Long, String> values = new TreeMap<>(customFieldValues);
    if (value == null) {
      values.remove(fieldId);
    } else {
      values.put(fieldId, value);
    }
    return new Contact(id, name, identifier, channelId, email, phone, createdAt, updatedAt, channelIds, values);
  }
}
