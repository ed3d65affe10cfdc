package vn.tcc.retention.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.PolicyBook;
import vn.tcc.retention.internal.domain.RetentionPolicy;

/**
 * The initial policies the migration inserts, read from its SQL and built as {@link
 * RetentionPolicy} (so they pass the same rules an administrator's change does): one for every data
 * class at every level, each saying honestly that its period is the province's policy.
 */
class InitialPoliciesTest {
  // V29 added the command room's snapshots as a class of their own, with the same kind of rows.
  private static final List<Path> MIGRATIONS =
      List.of(
          Path.of("db/migrations/V12__retention_policies_and_holds.sql"),
          Path.of("db/migrations/V29__command_snapshots.sql"));
  private static final Pattern ROW =
      Pattern.compile(
          "\\('([A-Z_]+)', '([A-Z_]+)', (\\d+), (\\d+), (\\d+), '([A-Z_]+)',\\s*'((?:[^']|'')*)'\\)");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private static List<RetentionPolicy> initialPolicies() throws IOException {
    StringBuilder sql = new StringBuilder();
    for (Path migration : MIGRATIONS) {
      sql.append(Files.readString(migration, StandardCharsets.UTF_8)).append('\n');
    }
    Matcher row = ROW.matcher(sql);
    List<RetentionPolicy> policies = new ArrayList<>();
    while (row.find()) {
      policies.add(
          new RetentionPolicy(
              DataClass.valueOf(row.group(1)),
              StorageLevel.valueOf(row.group(2)),
              null,
              Period.of(
                  Integer.parseInt(row.group(3)),
                  Integer.parseInt(row.group(4)),
                  Integer.parseInt(row.group(5))),
              EndAction.valueOf(row.group(6)),
              row.group(7).replace("''", "'"),
              FIRST_DAY,
              1,
              "Chính sách lưu trữ ban đầu",
              "system:migration"));
    }
    return policies;
  }

  @Test
  void every_data_class_has_an_initial_policy_at_both_levels() throws IOException {
    PolicyBook book = PolicyBook.of(initialPolicies());

    assertEquals(DataClass.values().length * StorageLevel.values().length, book.versions().size());
    for (DataClass dataClass : DataClass.values()) {
      for (StorageLevel level : StorageLevel.values()) {
        assertTrue(
            book.inForce(dataClass, level, OwnerType.HOUSEHOLD, FIRST_DAY).isPresent(),
            dataClass + " at " + level);
      }
    }
  }

  @Test
  void every_initial_legal_basis_says_the_period_is_the_provinces_policy() throws IOException {
    for (RetentionPolicy policy : initialPolicies()) {
      assertTrue(
          policy.legalBasis().contains("chính sách của tỉnh"),
          policy.dataClass() + " at " + policy.level());
    }
  }

  @Test
  void only_commune_centers_review_and_transfer_and_only_what_the_province_keeps_long()
      throws IOException {
    Set<DataClass> reviewed = EnumSet.noneOf(DataClass.class);
    for (RetentionPolicy policy : initialPolicies()) {
      if (policy.endAction() == EndAction.REVIEW_AND_TRANSFER) {
        reviewed.add(policy.dataClass());
      }
    }

    assertEquals(
        EnumSet.of(DataClass.VIOLATION_EVIDENCE, DataClass.CLOSED_CASE, DataClass.APPEAL_DOCUMENT),
        reviewed);
  }

  @Test
  void any_owner_is_stored_as_any_and_read_back_as_no_owner_type() {
    assertEquals("ANY", JdbcRetentionPolicies.ownerColumn(null));
    assertEquals(null, JdbcRetentionPolicies.ownerType("ANY"));
    assertEquals(OwnerType.HOUSEHOLD, JdbcRetentionPolicies.ownerType("HOUSEHOLD"));
  }
}
