package vn.tcc.sharing.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tcc.sharing.internal.domain.Provider;

class SealedContactsTest {
  @Test
  void a_contact_is_sealed_whole_and_opens_for_its_own_provider_only() {
    Provider.ContactPerson contact =
        new Provider.ContactPerson("Trần Văn Hòa", "0256 3821 456", null);
    String sealed = SealedContacts.seal(contact, "GL-VTVH");
    assertTrue(sealed.startsWith("tcc1:"), sealed);
    assertFalse(sealed.contains("Hòa") || sealed.contains("3821"));
    assertEquals(contact, SealedContacts.open(sealed, "GL-VTVH"));
    assertThrows(IllegalStateException.class, () -> SealedContacts.open(sealed, "GL-DHQN"));
  }
}
