package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile: the contacts of one customer across channels. {@code name} is never null in the sandbox
 * (creating one requires it); {@code members} are the attached contacts, each with the channel type it
 * was attached as, in the order they were attached.
 *
 * <p>{@code updatedAt} moves only on a rename: attaching and detaching write the pivot, not the profile.
 */
public record Profile(long id, String name, Instant createdAt, Instant updatedAt, List<Member> members) {

  /** A contact attached to a profile as {@code type} (EMAIL, WA_BUSINESS, ...). */
  public record Member(long contactId, String type) {}

  /** Copies the member list so a profile cannot change under the store. */
  public Profile {
    members = List.copyOf(members);
  }

  /** This profile renamed at {@code now}. */
  public Profile renamed(String newName, Instant now) {
    return new Profile(id, newName, createdAt, now, members);
  }

  /** This profile with the contact attached as {@code type}; attaching the same pair twice keeps one. */
  public Profile attached(long contactId, String type) {
    Member member = new Member(contactId, type);
    if (members.contains(member)) {
      return this;
    }
    List<Member> more = new ArrayList<>(members);
    more.add(member);
    return new Profile(id, name, createdAt, updatedAt, more);
  }

  /** This profile without the contact attached as {@code type}, or in any type when {@code type} is null. */
  public Profile detached(long contactId, String type) {
    List<Member> fewer =
        members.stream()
            .filter(m -> !(m.contactId() == contactId && (type == null || type.equals(m.type()))))
            .toList();
    return fewer.size() == members.size() ? this : new Profile(id, name, createdAt, updatedAt, fewer);
  }

  /** Whether the contact is attached, as any type. */
  public boolean hasContact(long contactId) {
    return members.stream().anyMatch(m -> m.contactId() == contactId);
  }
}
