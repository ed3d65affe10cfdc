package vn.tcc.violation.internal.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.shared.error.ProblemException;

/**
 * An owner lookup as the API receives it: why, and which fields (none: the name and permanent
 * address a notice needs).
 */
public record OwnerLookupBody(String purpose, List<String> fields) {

  Set<IdentityField> wanted() {
    Set<IdentityField> wanted = EnumSet.noneOf(IdentityField.class);
    if (fields != null) {
      for (String field : fields) {
        try {
          wanted.add(IdentityField.valueOf(field.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException unknown) {
          throw new ProblemException(422, "violation.identity.unknownField", field);
        }
      }
    }
    return wanted;
  }
}
