package com.trengo.sandbox.internal.store;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fills a store with a small, believable account, the same for the same seed: six channels (email,
 * WhatsApp Business, chat, two voice lines, SMS), eight agents, three teams, five labels, three
 * WhatsApp templates, 64 contacts (three pages) and 30 tickets (two pages) with messages, the first of
 * them a 30-message thread (two pages). On top of those, two custom fields (501 "Customer number", TEXT;
 * 502 "Loyalty tier", DROPDOWN) with values on most contacts, some phone contacts also bound to the SMS
 * channel, and four profiles (801 to 804) of two or three contacts each. Last, two contact groups
 * (901 "Newsletter", 902 "Key accounts", empty), two ticket results to close with (1001 "Solved",
 * 1002 "No reply"), a custom field of tickets (503 "Order reference", TEXT), two quick replies (1101
 * MESSAGING, 1102 EMAIL), a help center (1201) with categories, articles and blocks, and 25.00 in the SMS
 * wallet.
 */
public final class DemoData {

  /** How many contacts are seeded: more than two pages of 25, so clients must follow links.next. */
  public static final int CONTACTS = 64;

  /** What the SMS wallet holds at first, in cents: 25.00. */
  public static final long WALLET_CENTS = 2500;

  /** How many tickets are seeded. */
  public static final int TICKETS = 30;

  /** How many messages the first seeded ticket has: more than one page of 25. */
  public static final int LONG_THREAD = 30;

  private static final Instant EPOCH = Instant.parse("2024-03-04T08:00:00Z");

  private static final String[] FIRST_NAMES = {
    "Anna", "Bram", "Chloé", "Daan", "Emma", "Finn", "Greta", "Hugo", "Iris", "Jasper", "Karin", "Lucas",
    "Mila", "Noah", "Olga", "Pieter", "Quinn", "Rosa", "Sem", "Tess", "Umar", "Vera", "Wout", "Yara", "Zoë"
  };
  private static final String[] LAST_NAMES = {
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Peeters", "Dubois",
    "Maes", "Janssens", "Müller", "Schmidt", "García", "Rossi", "Novak", "Kowalski"
  };
  private static final String[] PROFILE_NAMES = {"Acme Retail", "Bakker Fietsen", "Globex Benelux", "Maes & Zonen"};
  private static final String[] TIERS = {"Bronze", "Silver", "Gold"};
  private static final String[] SUBJECTS = {
    "Where is my order?", "Invoice question", "Cannot log in", "Refund request", "Change delivery address",
    "Product recommendation", "Damaged package", "Subscription cancellation", "Opening hours",
    "Feedback on your service"
  };
  private static final String[] INBOUND = {
    "Hi, can you help me with this?", "I have not received anything yet.", "Thanks for the quick reply!",
    "Could you check again please?", "That works for me.", "Any update on this?"
  };
  private static final String[] OUTBOUND = {
    "Thanks for reaching out, let me check.", "I have forwarded this to our team.",
    "Your order is on its way.", "Could you send us your order number?", "Happy to help!",
    "This has been resolved, have a nice day."
  };

  private DemoData() {}

  /** Clears {@code store} and seeds it from {@code seed}. */
  public static void seed(SandboxStore store, long seed) {
    Random random = new Random(seed);
    store.atomically(
        () -> {
          store.clear();
          List<Channel> contactChannels = seedChannels(store);
          List<User> users = seedUsers(store, random);
          List<Team> teams = List.of(store.addTeam("Support"), store.addTeam("Sales"), store.addTeam("Billing"));
          List<Label> labels =
              List.of(
                  store.addLabel("VIP", "#AC92EC"),
                  store.addLabel("Bug", "#ED5565"),
                  store.addLabel("Refund", "#FFCE54"),
                  store.addLabel("Feedback", "#5D9CEC"),
                  store.addLabel("Urgent", "#DA4453"));
          store.addTemplate("order_shipped", "Hi {{1}}, your order {{2}} has shipped.");
          store.addTemplate("appointment_reminder", "Hi {{1}}, this is a reminder of your appointment on {{2}}.");
          store.addTemplate("welcome", "Welcome to Acme, {{1}}!");
          List<Contact> contacts = seedContacts(store, random, contactChannels);
          seedTickets(store, random, contacts, users, teams, labels);
          // Drawn last, so that everything seeded before keeps the values it had before these existed.
          seedContactExtras(store, random, contacts);
          seedProfiles(store, random, contacts);
          // Without a draw, so the values above stay as they were.
          store.addContactGroup("Newsletter");
          store.addContactGroup("Key accounts");
          store.addTicketResult("Solved");
          store.addTicketResult("No reply");
          store.addCustomField("Order reference", "TICKET", "TEXT");
          store.addQuickReply("Thanks", "Thanks for your message! We will get back to you today.", "MESSAGING");
          store.addQuickReply("Order number", "Could you send us your order number?", "EMAIL");
          seedHelpCenter(store);
          store.setWalletCents(WALLET_CENTS);
          return null;
        });
  }

  /** A help center with two categories, three articles (one a draft) and two blocks, in English. */
  private static void seedHelpCenter(SandboxStore store) {
    HelpCenter help = store.helpCenterRecords().add(id -> new HelpCenter(id, "Acme Help", "acme-help"));
    for (String category : List.of("Orders", "Returns")) {
      store.helpCenterCategoryRecords().add(id -> new HelpCenterItem(id, help.id(), category, true, "en"));
    }
    store.helpCenterArticleRecords().add(id -> new HelpCenterItem(id, help.id(), "Where is my order?", true, "en"));
    store.helpCenterArticleRecords().add(id -> new HelpCenterItem(id, help.id(), "How do I return an item?", true, "en"));
    store.helpCenterArticleRecords().add(id -> new HelpCenterItem(id, help.id(), "Refunds (draft)", false, "en"));
    for (String block : List.of("Contact us", "Popular articles")) {
      store.helpCenterBlockRecords().add(id -> new HelpCenterItem(id, help.id(), block, true, "en"));
    }
  }

  private static List<Channel> seedChannels(SandboxStore store) {
    Channel email = store.addChannel("Support mailbox", "EMAIL");
    Channel whatsApp = store.addChannel("WhatsApp Business", "WA_BUSINESS");
    Channel chat = store.addChannel("Website chat", "CHAT");
    store.addChannel("Phone support NL", "VOIP");
    store.addChannel("Phone sales BE", "VOIP");
    store.addChannel("SMS", "SMS");
    return List.of(email, whatsApp, chat);
  }

  private static List<User> seedUsers(SandboxStore store, Random random) {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String first = pick(random, FIRST_NAMES);
      String name = first + " " + pick(random, LAST_NAMES);
      users.add(store.addUser(name, slug(first) + ".agent" + (i + 1) + "@acme.example", i == 0));
    }
    return users;
  }

  private static List<Contact> seedContacts(SandboxStore store, Random random, List<Channel> channels) {
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      String first = pick(random, FIRST_NAMES);
      String last = pick(random, LAST_NAMES);
      Channel channel = channels.get(random.nextInt(channels.size()));
      String email = slug(first) + "." + slug(last) + (i + 1) + "@example.com";
      String phone = String.format(Locale.ROOT, "+316%08d", random.nextInt(100_000_000));
      boolean whatsApp = "WA_BUSINESS".equals(channel.type());
      String identifier = whatsApp ? phone : email;
      Instant createdAt = EPOCH.plus(Duration.ofMinutes(i * 97L + random.nextInt(60)));
      contacts.add(
          store.addContact(
              first + " " + last,
              identifier,
              channel.id(),
              whatsApp && random.nextBoolean() ? null : email,
              whatsApp || random.nextBoolean() ? phone : null,
              createdAt));
    }
    return contacts;
  }

  /** Custom field values on most contacts; a quarter of the phone contacts also bound to the SMS channel. */
  private static void seedContactExtras(SandboxStore store, Random random, List<Contact> contacts) {
    CustomField customerNumber = store.addCustomField("Customer number", "CONTACT", "TEXT");
    CustomField tier = store.addCustomField("Loyalty tier", "CONTACT", "DROPDOWN");
    Channel sms = store.channels().stream().filter(c -> "SMS".equals(c.type())).findFirst().orElseThrow();
    for (Contact contact : contacts) {
      Contact extended = contact;
      if (contact.phone() != null && random.nextInt(4) == 0) {
        extended = extended.boundTo(sms.id());
      }
      if (random.nextInt(3) > 0) {
        String number = String.format(Locale.ROOT, "C-%05d", random.nextInt(100_000));
        extended = extended.withCustomField(customerNumber.id(), number);
      }
      if (random.nextInt(4) == 0) {
        extended = extended.withCustomField(tier.id(), pick(random, TIERS));
      }
      store.putContact(extended);
    }
  }

  /** Profiles of two or three distinct contacts, each attached as the type of the channel it came on. */
  private static void seedProfiles(SandboxStore store, Random random, List<Contact> contacts) {
    for (int i = 0; i < PROFILE_NAMES.length; i++) {
      Profile profile = store.addProfile(PROFILE_NAMES[i], EPOCH.plus(Duration.ofHours(20L * i + 2)));
      int size = 2 + random.nextInt(2);
      while (profile.members().size() < size) {
        Contact contact = contacts.get(random.nextInt(contacts.size()));
        String type = store.channel(contact.channelId()).orElseThrow().type();
        profile = profile.attached(contact.id(), type);
      }
      store.putProfile(profile);
    }
  }

  private static void seedTickets(
      SandboxStore store,
      Random random,
      List<Contact> contacts,
      List<User> users,
      List<Team> teams,
      List<Label> labels) {
    Instant start = EPOCH.plus(Duration.ofDays(5));
    for (int i = 0; i < TICKETS; i++) {
      Contact contact = contacts.get(random.nextInt(contacts.size()));
      TicketStatus status = TicketStatus.values()[random.nextInt(3)];
      Long assignee = status == TicketStatus.OPEN ? null : users.get(random.nextInt(users.size())).id();
      Long team = status == TicketStatus.OPEN || random.nextBoolean() ? null : teams.get(random.nextInt(3)).id();
      List<Long> labelIds = new ArrayList<>();
      for (Label label : labels) {
        if (random.nextInt(4) == 0) {
          labelIds.add(label.id());
        }
      }
      Instant createdAt = start.plus(Duration.ofMinutes(i * 173L + random.nextInt(90)));
      Ticket ticket =
          store.addTicket(
              pick(random, SUBJECTS), status, contact.id(), contact.channelId(), assignee, team, labelIds, createdAt);
      int messages = i == 0 ? LONG_THREAD : 1 + random.nextInt(4);
      Instant at = createdAt;
      for (int m = 0; m < messages; m++) {
        MessageType type = m % 2 == 0 ? MessageType.INBOUND : MessageType.OUTBOUND;
        String body = pick(random, type == MessageType.INBOUND ? INBOUND : OUTBOUND);
        store.addMessage(ticket.id(), body, type, false, List.of(), at);
        if (m + 1 < messages) {
          at = at.plus(Duration.ofMinutes(3 + random.nextInt(40)));
        }
      }
      store.putTicket(ticket.touched(at));
    }
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A lower-case ASCII form of a name, for email addresses. */
  private static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
