package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.RetentionPolicy;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.persistence.DataAccessFailure;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The policy versions in {@code retention.policy_version}, append-only. */
@ApplicationScoped
public class JdbcRetentionPolicies implements RetentionPolicies {
  /** How the table spells "any owner" (a NULL would escape its unique keys). */
  static final String ANY_OWNER = "ANY";

  private static final String UNIQUE_VIOLATION = "23505";

  private static final RowMapper<RetentionPolicy> POLICY =
      row ->
          new RetentionPolicy(
              DataClass.valueOf(row.string("data_class")),
              StorageLevel.valueOf(row.string("storage_level")),
              ownerType(row.string("owner_type")),
              Period.of(
                  row.intValue("period_years"),
                  row.intValue("period_months"),
                  row.intValue("period_days")),
              EndAction.valueOf(row.string("end_action")),
              row.string("legal_basis"),
              row.date("effective_from"),
              row.intValue("version"),
              row.string("reason"),
              row.string("changed_by"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<RetentionPolicy> versions() {
    return jdbc.list(
        "read the retention policies",
        """
        SELECT data_class, storage_level, owner_type, period_years, period_months, period_days,
               end_action, legal_basis, effective_from, version, reason, changed_by
          FROM retention.policy_version
         ORDER BY effective_from, data_class, storage_level, owner_type
        """,
        POLICY);
  }

  @Override
  public void save(RetentionPolicy newVersion) {
    try {
      jdbc.update(
          "store a retention policy version",
          """
          INSERT INTO retention.policy_version (data_class, storage_level, owner_type,
                      period_years, period_months, period_days, end_action, legal_basis,
                      effective_from, version, reason, changed_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          newVersion.dataClass().name(),
          newVersion.level().name(),
          ownerColumn(newVersion.ownerType()),
          newVersion.period().getYears(),
          newVersion.period().getMonths(),
          newVersion.period().getDays(),
          newVersion.endAction().name(),
          newVersion.legalBasis(),
          newVersion.effectiveFrom(),
          newVersion.version(),
          newVersion.reason(),
          newVersion.changedBy());
    } catch (DataAccessFailure failure) {
      if (UNIQUE_VIOLATION.equals(failure.sqlState())) {
        throw new RetentionRuleException(
            RetentionRuleException.CONFLICT,
            "retention.policy.sameDay",
            newVersion.dataClass(),
            newVersion.level(),
            newVersion.effectiveFrom());
      }
      throw failure;
    }
  }

  static String ownerColumn(OwnerType ownerType) {
    return ownerType == null ? ANY_OWNER : ownerType.name();
  }

  static OwnerType ownerType(String column) {
    return ANY_OWNER.equals(column) ? null : OwnerType.valueOf(column);
  }
}
