package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.DataAccessFailure;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.CompulsoryGrant;
import vn.tcc.sharing.internal.domain.CompulsoryGrants;
import vn.tcc.sharing.internal.domain.GrantState;
import vn.tcc.sharing.internal.domain.LegalBasis;
import vn.tcc.sharing.internal.domain.SharingRuleException;

/** Compulsory grants in {@code sharing.compulsory_grant}, their cameras in {@code grant_camera}. */
@ApplicationScoped
public class JdbcCompulsoryGrants implements CompulsoryGrants {
  static final String COLUMNS =
      """
      SELECT g.id, g.provider_id, g.legal_basis, g.decision_number, g.receiving_unit, g.data_types,
             g.purposes, g.valid_from, g.valid_until, g.reason, g.state, g.requested_by,
             g.requested_at, g.decided_by, g.decided_at, g.decision_note, g.version,
             (SELECT array_agg(c.camera_code ORDER BY c.camera_code)
                FROM sharing.grant_camera c WHERE c.grant_id = g.id) AS camera_codes
        FROM sharing.compulsory_grant g
      """;

  static final RowMapper<CompulsoryGrant> GRANT =
      row ->
          new CompulsoryGrant(
              row.longValue("id"),
              row.longValue("provider_id"),
              LegalBasis.valueOf(row.string("legal_basis")),
              row.string("decision_number"),
              new JurisdictionCode(row.string("receiving_unit")),
              new TreeSet<>(JdbcSharingAgreements.strings(row, "camera_codes")),
              JdbcSharingAgreements.enums(row, "data_types", SharedDataType.class),
              JdbcSharingAgreements.enums(row, "purposes", SharingPurpose.class),
              row.instant("valid_from"),
              row.instant("valid_until"),
              row.string("reason"),
              GrantState.valueOf(row.string("state")),
              row.string("requested_by"),
              row.instant("requested_at"),
              row.string("decided_by"),
              row.instant("decided_at"),
              row.string("decision_note"),
              row.longValue("version"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public CompulsoryGrant add(CompulsoryGrant requested) {
    long id;
    try {
      id =
          jdbc.first(
                  "store a compulsory grant",
                  """
                  INSERT INTO sharing.compulsory_grant (provider_id, legal_basis, decision_number,
                              receiving_unit, data_types, purposes, valid_from, valid_until, reason,
                              state, requested_by, requested_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  RETURNING id
                  """,
                  row -> row.longValue("id"),
                  requested.providerId(),
                  requested.legalBasis().name(),
                  requested.decisionNumber(),
                  requested.receivingUnit().value(),
                  Jdbc.array("varchar", JdbcSharingAgreements.names(requested.dataTypes())),
                  Jdbc.array("varchar", JdbcSharingAgreements.names(requested.purposes())),
                  requested.validFrom(),
                  requested.validUntil(),
                  requested.reason(),
                  requested.state().name(),
                  requested.requestedBy(),
                  requested.requestedAt())
              .orElseThrow();
    } catch (DataAccessFailure failure) {
      if ("23503".equals(failure.sqlState())) {
        throw new SharingRuleException(
            SharingRuleException.INVALID,
            "sharing.agreement.unknownUnit",
            requested.receivingUnit().value());
      }
      throw failure;
    }
    jdbc.update(
        "store a grant's cameras",
        """
        INSERT INTO sharing.grant_camera (grant_id, camera_code)
        SELECT ?, code FROM unnest(?::varchar[]) AS code
        """,
        id,
        Jdbc.array("varchar", requested.cameraCodes()));
    return requested.withId(id);
  }

  @Override
  public Optional<CompulsoryGrant> find(long id) {
    return jdbc.first("read a compulsory grant", COLUMNS + " WHERE g.id = ?", GRANT, id);
  }

  @Override
  public CompulsoryGrant recordDecision(CompulsoryGrant decided) {
    int changed =
        jdbc.update(
            "decide a compulsory grant",
            """
            UPDATE sharing.compulsory_grant
               SET state = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                   version = version + 1
             WHERE id = ? AND version = ? AND state = 'REQUESTED'
            """,
            decided.state().name(),
            decided.decidedBy(),
            decided.decidedAt(),
            decided.decisionNote(),
            decided.id(),
            decided.version());
    if (changed == 0) {
      throw new SharingRuleException(
          SharingRuleException.CONFLICT, "sharing.agreement.changedMeanwhile", decided.id());
    }
    return find(decided.id()).orElseThrow();
  }

  @Override
  public List<CompulsoryGrant> approvedCovering(String cameraCode) {
    return jdbc.list(
        "read the grants naming a camera",
        COLUMNS
            + " WHERE g.state = 'APPROVED' AND g.id IN"
            + " (SELECT grant_id FROM sharing.grant_camera WHERE camera_code = ?)"
            + " ORDER BY g.valid_until DESC, g.id LIMIT 50",
        GRANT,
        cameraCode);
  }

  @Override
  public List<CompulsoryGrant> page(Long providerId, int offset, int limit) {
    if (providerId == null) {
      return jdbc.list(
          "read compulsory grants",
          COLUMNS + " ORDER BY g.id DESC LIMIT ? OFFSET ?",
          GRANT,
          limit,
          offset);
    }
    return jdbc.list(
        "read a provider's compulsory grants",
        COLUMNS + " WHERE g.provider_id = ? ORDER BY g.id DESC LIMIT ? OFFSET ?",
        GRANT,
        providerId,
        limit,
        offset);
  }

  @Override
  public long count(Long providerId) {
    return providerId == null
        ? jdbc.first(
                "count compulsory grants",
                "SELECT count(*) AS n FROM sharing.compulsory_grant",
                row -> row.longValue("n"))
            .orElse(0L)
        : jdbc.first(
                "count a provider's compulsory grants",
                "SELECT count(*) AS n FROM sharing.compulsory_grant WHERE provider_id = ?",
                row -> row.longValue("n"),
                providerId)
            .orElse(0L);
  }
}
