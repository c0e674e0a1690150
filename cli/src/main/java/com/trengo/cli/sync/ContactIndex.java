package com.trengo.cli.sync;

import com.trengo.client.ContactIdentifier;
import com.trengo.client.TrengoClient;
import com.trengo.client.model.Contact;
import com.trengo.client.pagination.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account's contacts by identifier, read once before an import so that matching a row costs no
 * request. The API can only search by a fuzzy {@code term}, so the alternative is one search per row:
 * walking the list costs one request per 25 contacts instead. Identifiers are matched by the library's
 * rule ({@link ContactIdentifier}): phone numbers in E.164, emails without case, other ids exactly.
 *
 * <p>Which is cheaper depends on the account's size, which the API does not tell (its contact list has
 * no last page). So the walk stops after as many pages as there are rows to match: a small file into a
 * huge account then falls back to one search per row, and either way the import spends at most about
 * twice the requests of the better choice (the ski-rental bound). An index that stopped early is
 * {@linkplain #complete() incomplete}: a row it does not hold must be searched for.
 */
final class ContactIndex {

  private final Map<ContactIdentifier, Contact> byIdentifier;
  private final boolean complete;

  private ContactIndex(Map<ContactIdentifier, Contact> byIdentifier, boolean complete) {
    this.byIdentifier = byIdentifier;
    this.complete = complete;
  }

  /** Walks the contact list, at most {@code maxPages} pages. */
  static ContactIndex walk(TrengoClient client, int maxPages) {
    Map<ContactIdentifier, Contact> byIdentifier = new HashMap<>();
    int pages = 0;
    for (Page<Contact> page : client.contacts().listAll(null).pages()) {
      pages++;
      for (Contact contact : page.items()) {
        if (contact.getIdentifier() != null && !contact.getIdentifier().isBlank()) {
          byIdentifier.putIfAbsent(ContactIdentifier.of(contact.getIdentifier()), contact);
        }
      }
      if (pages >= maxPages && page.hasNext()) {
        return new ContactIndex(byIdentifier, false);
      }
    }
    return new ContactIndex(byIdentifier, true);
  }

  /** The contact with this identifier, if the walk saw it. */
  Optional<Contact> get(ContactIdentifier identifier) {
    return Optional.ofNullable(byIdentifier.get(identifier));
  }

  /** Whether the walk reached the end: then an identifier it does not hold is not in the account. */
  boolean complete() {
    return complete;
  }
}
