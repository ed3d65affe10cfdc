package vn.tcc.sharing.internal.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import vn.tcc.shared.crypto.PersonalDataCipher;
import vn.tcc.sharing.internal.domain.Provider;

/**
 * A provider's contact person at rest: name, phone and e-mail as one JSON sealed with the server's
 * {@code TCC_DATA_KEYS}, bound to the provider's code (which never changes), so a sealed contact
 * copied onto another provider does not open.
 */
final class SealedContacts {
  private SealedContacts() {}

  static String seal(Provider.ContactPerson contact, String providerCode) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    add(json, "name", contact.name());
    add(json, "phone", contact.phone());
    add(json, "email", contact.email());
    return PersonalDataCipher.configured().seal(json.build().toString(), context(providerCode));
  }

  static Provider.ContactPerson open(String sealed, String providerCode) {
    String plain = PersonalDataCipher.configured().open(sealed, context(providerCode));
    try (JsonReader reader = Json.createReader(new StringReader(plain))) {
      JsonObject json = reader.readObject();
      return new Provider.ContactPerson(
          text(json, "name"), text(json, "phone"), text(json, "email"));
    }
  }

  private static void add(JsonObjectBuilder json, String field, String value) {
    if (value != null) {
      json.add(field, value);
    }
  }

  private static String text(JsonObject json, String field) {
    JsonValue value = json.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : json.getString(field);
  }

  private static String context(String providerCode) {
    return "sharing.provider:" + providerCode;
  }
}
