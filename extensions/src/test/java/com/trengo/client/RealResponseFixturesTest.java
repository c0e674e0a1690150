package com.trengo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import com.trengo.client.internal.LenientGson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Responses the real API sent, as open-source Trengo clients published them (fixtures/real/SOURCES.md
 * says where each comes from), read with the client's Gson. Each reads without error, and nothing the
 * spec names is lost: for every key the model declares, a value in the JSON is a value in Java, an id
 * is the same number and a string the same text. Keys no model declares are allowed (the API sends
 * far more than the contract says) and only counted: every key of the JSON, at any depth, is either
 * kept (declared, or inside a declared map or text) or dropped (undeclared, or inside an undeclared
 * value), so the two counts add up to the fixture's keys whatever the models declare.
 * {@code scripts/fixture-keys.sh} prints them as a table.
 */
class RealResponseFixturesTest {
  private static final String MODELS = "com.trengo.client.model.";
  private static final Gson GSON = LenientGson.create();

  /**
   * A fixture and the model it is the response of. The model is named, not referenced: one the spec
   * does not generate yet skips its fixture until it does. {@code unwrappedFrom} names the member the
   * model is read out of, for the one response the client unwraps.
   */
  record Fixture(String file, String model, String unwrappedFrom) {
    static Fixture of(String file, String model) {
      return new Fixture(file, model, null);
    }

    @Override
    public String toString() {
      return file + " as " + model;
    }
  }

  static Stream<Fixture> fixtures() {
    return Stream.of(
        Fixture.of("contacts-list.json", "ContactList"),
        Fixture.of("contacts-view.json", "Contact"),
        Fixture.of("contacts-create.json", "Contact"),
        Fixture.of("contacts-create-on-channel.json", "Contact"),
        Fixture.of("contacts-note-create.json", "ContactNote"),
        Fixture.of("custom-fields-create.json", "CustomField"),
        Fixture.of("tickets-list.json", "TicketList"),
        Fixture.of("tickets-create.json", "Ticket"),
        Fixture.of("tickets-create-whatsapp.json", "Ticket"),
        Fixture.of("tickets-attach-label.json", "Label"),
        Fixture.of("messages-view.json", "Message"),
        // sendMessage and the WhatsApp send answer {"message": {...}}; the client's Gson reads the
        // message inside, so that is what the model is compared with.
        new Fixture("messages-send.json", "Message", "message"),
        new Fixture("messages-send-internal-note.json", "Message", "message"),
        new Fixture("whatsapp-start-conversation.json", "Message", "message"),
        Fixture.of("webhooks-list.json", "WebhookList"),
        Fixture.of("webhooks-view.json", "Webhook"),
        // The real responses of operations issue 14 added.
        Fixture.of("quick-replies-list.json", "QuickReplyList"),
        Fixture.of("quick-replies-create.json", "QuickReply"),
        Fixture.of("contact-groups-list.json", "ContactGroupList"),
        Fixture.of("contact-groups-view.json", "ContactGroup"),
        Fixture.of("contact-groups-create.json", "ContactGroup"),
        Fixture.of("sms-messages-list.json", "SmsMessageList"),
        Fixture.of("wallet-balance.json", "WalletBalance"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsWithoutLosingAnythingTheSpecNames(Fixture fixture) throws IOException {
    Class<?> model = modelOrSkip(fixture);
    String json = resource(fixture.file());

    Object read = GSON.fromJson(json, model);

    assertNotNull(read, fixture + " read as null");
    Walk walk = new Walk();
    walk.object(expected(fixture, json), read, fixture.unwrappedFrom() == null ? "$" : "$." + fixture.unwrappedFrom());
    System.out.printf("%s: %d keys kept, %d keys dropped, under %d keys no model declares %s%n",
        fixture, walk.kept, walk.dropped, walk.undeclared.size(), walk.undeclaredNames());
    assertTrue(walk.checked > 0, fixture + ": no key of the JSON is declared by " + fixture.model() + ", so it cannot be its model");
    assertTrue(walk.losses.isEmpty(), () -> fixture + " lost what the spec names:\n  " + String.join("\n  ", walk.losses));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void writesBackAndReadsAgainAsAnEqualModel(Fixture fixture) throws IOException {
    Class<?> model = modelOrSkip(fixture);
    Object read = GSON.fromJson(resource(fixture.file()), model);

    Object again = GSON.fromJson(GSON.toJson(read), model);

    // Open enums keep values the spec does not list (a message of type NOTE); they must survive a write.
    assertEquals(read, again, fixture + " changed on a write and a read back");
  }

  private static Class<?> modelOrSkip(Fixture fixture) {
    Class<?> model = null;
    try {
      model = Class.forName(MODELS + fixture.model());
    } catch (ClassNotFoundException notGeneratedYet) {
      // The fixture waits for the spec: it turns on by itself once the model is generated.
    }
    assumeTrue(model != null, "the spec has no model " + fixture.model() + " yet, so " + fixture.file() + " waits for it");
    return model;
  }

  private static JsonObject expected(Fixture fixture, String json) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    return fixture.unwrappedFrom() == null ? root : root.getAsJsonObject(fixture.unwrappedFrom());
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = RealResponseFixturesTest.class.getResourceAsStream("/fixtures/real/" + file)) {
      assertNotNull(in, "no fixture " + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Walks the JSON beside the model read from it: notes every loss, counts what no model declares. */
  private static final class Walk {
    final List<String> losses = new ArrayList<>();
    final List<String> undeclared = new ArrayList<>();
    int checked;
    int kept;
    int dropped;

    void object(JsonObject json, Object model, String path) {
      Map<String, Field> declared = declaredFields(model.getClass());
      for (Map.Entry<String, JsonElement> member : json.entrySet()) {
        String at = path + "." + member.getKey();
        Field field = declared.get(member.getKey());
        if (field == null) {
          undeclared.add(at);
          dropped += 1 + keysIn(member.getValue());
          continue;
        }
        checked++;
        kept++;
        value(member.getKey(), member.getValue(), field.getType(), valueOf(field, model), at);
      }
    }

    private void value(String key, JsonElement json, Class<?> type, Object java, String at) {
      if (json.isJsonNull() || readAsAbsentOnPurpose(json, type)) {
        return;
      }
      if (java == null) {
        losses.add(at + " is " + shown(json) + " in the JSON but null in Java");
      } else if (json.isJsonPrimitive()) {
        primitive(key, json.getAsJsonPrimitive(), java, at);
      } else if (json.isJsonObject() && java instanceof Map<?, ?> map) {
        map(json.getAsJsonObject(), map, at);
      } else if (json.isJsonObject() && isModel(java)) {
        object(json.getAsJsonObject(), java, at);
      } else if (json.isJsonArray() && java instanceof List<?> list) {
        list(key, json.getAsJsonArray(), list, at);
      } else if (java instanceof String) {
        // A text field holding an object or array: LenientGson keeps it as its JSON text.
        kept += keysIn(json);
      }
    }

    private void primitive(String key, JsonPrimitive json, Object java, String at) {
      if (isId(key) || java instanceof Number) {
        if (!sameNumber(json.getAsString(), String.valueOf(java))) {
          losses.add(at + " is " + shown(json) + " in the JSON but " + shown(java) + " in Java");
        }
      } else if (java instanceof String || java instanceof URI || isOpenEnum(java)) {
        if (!json.getAsString().equals(java.toString())) {
          losses.add(at + " is " + shown(json) + " in the JSON but \"" + shown(java) + "\" in Java");
        }
      }
      // Booleans (sent as true, 1 or "1") and dates (in several forms) only have to be there.
    }

    private void map(JsonObject json, Map<?, ?> map, String at) {
      for (Map.Entry<String, JsonElement> member : json.entrySet()) {
        kept++; // what the value holds is counted as value() walks it
        if (!member.getValue().isJsonNull() && !map.containsKey(member.getKey())) {
          losses.add(at + "." + member.getKey() + " is missing from the map");
        } else {
          value(member.getKey(), member.getValue(), Object.class, map.get(member.getKey()), at + "." + member.getKey());
        }
      }
    }

    private void list(String key, JsonArray json, List<?> list, String at) {
      if (json.size() != list.size()) {
        losses.add(at + " has " + json.size() + " items in the JSON but " + list.size() + " in Java");
        return;
      }
      for (int i = 0; i < json.size(); i++) {
        Object item = list.get(i);
        value(key, json.get(i), item == null ? Object.class : item.getClass(), item, at + "[" + i + "]");
      }
    }

    /** How many keys a value holds, at every depth. */
    private static int keysIn(JsonElement json) {
      int keys = 0;
      if (json.isJsonObject()) {
        for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
          keys += 1 + keysIn(member.getValue());
        }
      } else if (json.isJsonArray()) {
        for (JsonElement item : json.getAsJsonArray()) {
          keys += keysIn(item);
        }
      }
      return keys;
    }

    String undeclaredNames() {
      TreeSet<String> names = new TreeSet<>();
      for (String path : undeclared) {
        names.add(path.substring(path.lastIndexOf('.') + 1));
      }
      return names.toString();
    }
  }

  /**
   * What LenientGson reads as null by design, not by loss: a blank string for anything but text
   * (PHP's empty value), and PHP's empty array {@code []} where a single object is expected.
   */
  private static boolean readAsAbsentOnPurpose(JsonElement json, Class<?> type) {
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString() && json.getAsString().isBlank()) {
      return type != String.class && type != Object.class;
    }
    return json.isJsonArray() && json.getAsJsonArray().isEmpty() && !Collection.class.isAssignableFrom(type)
        && type.getName().startsWith(MODELS);
  }

  /** A value as a failure shows it: a whole nested object would bury the one field that was lost. */
  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static boolean isId(String key) {
    return key.equals("id") || key.endsWith("_id");
  }

  private static boolean sameNumber(String json, String java) {
    try {
      return new BigDecimal(json).compareTo(new BigDecimal(java)) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  private static boolean isModel(Object value) {
    return value.getClass().getName().startsWith(MODELS) && !isOpenEnum(value);
  }

  /** The generator's enums are open classes here (Ticket.StatusEnum); their text is the value. */
  private static boolean isOpenEnum(Object value) {
    return value.getClass().getName().startsWith(MODELS) && value.getClass().getSimpleName().endsWith("Enum");
  }

  private static Map<String, Field> declaredFields(Class<?> model) {
    Map<String, Field> byName = new HashMap<>();
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name != null) {
          field.setAccessible(true);
          byName.putIfAbsent(name.value(), field);
          for (String alternate : name.alternate()) {
            byName.putIfAbsent(alternate, field);
          }
        }
      }
    }
    return byName;
  }

  private static Object valueOf(Field field, Object model) {
    try {
      return field.get(model);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot read " + field, e);
    }
  }
}
