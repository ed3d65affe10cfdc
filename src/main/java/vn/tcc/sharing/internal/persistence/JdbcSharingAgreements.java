package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.DataAccessFailure;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.ActorKind;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.AgreementTerm;
import vn.tcc.sharing.internal.domain.LegalBasis;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;
import vn.tcc.sharing.internal.domain.SharingRuleException;
import vn.tcc.sharing.internal.domain.SharingWindow;
import vn.tcc.sharing.internal.domain.StoragePlace;

/**
 * The agreements in {@code sharing.agreement}, their cameras in {@code agreement_camera} and their
 * timelines in {@code agreement_event}. A move is one {@code UPDATE … WHERE version = ?} and one
 * timeline line, in the caller's transaction.
 */
@ApplicationScoped
public class JdbcSharingAgreements implements SharingAgreements {
  static final String COLUMNS =
      """
      SELECT a.id, a.provider_id, a.title, a.receiving_unit, a.data_types, a.purposes,
             a.start_time::text AS start_time, a.end_time::text AS end_time, a.days_of_week,
             a.legal_basis, a.decision_number, a.storage_place, a.retention_days, a.starts_on,
             a.ends_on, a.document_sha256, a.state, a.ended_as, a.version, a.created_by,
             a.created_at,
             (SELECT array_agg(c.camera_code ORDER BY c.camera_code)
                FROM sharing.agreement_camera c WHERE c.agreement_id = a.id) AS camera_codes
        FROM sharing.agreement a
      """;

  static final RowMapper<SharingAgreement> AGREEMENT =
      row ->
          new SharingAgreement(
              row.longValue("id"),
              row.longValue("provider_id"),
              row.string("title"),
              new JurisdictionCode(row.string("receiving_unit")),
              new TreeSet<>(strings(row, "camera_codes")),
              enums(row, "data_types", SharedDataType.class),
              enums(row, "purposes", SharingPurpose.class),
              new SharingWindow(
                  LocalTime.parse(row.string("start_time")),
                  LocalTime.parse(row.string("end_time")),
                  days(row)),
              LegalBasis.valueOf(row.string("legal_basis")),
              row.string("decision_number"),
              StoragePlace.valueOf(row.string("storage_place")),
              row.intValue("retention_days"),
              new AgreementTerm(row.date("starts_on"), row.date("ends_on")),
              row.string("document_sha256"),
              AgreementState.valueOf(row.string("state")),
              row.string("ended_as") == null
                  ? null
                  : AgreementState.valueOf(row.string("ended_as")),
              row.longValue("version"),
              row.string("created_by"),
              row.instant("created_at"));

  private static final RowMapper<AgreementEvent> EVENT =
      row ->
          new AgreementEvent(
              row.longValue("id"),
              row.longValue("agreement_id"),
              row.string("from_state") == null
                  ? null
                  : AgreementState.valueOf(row.string("from_state")),
              AgreementState.valueOf(row.string("to_state")),
              row.string("actor"),
              ActorKind.valueOf(row.string("actor_kind")),
              row.string("reason"),
              row.instant("occurred_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public SharingAgreement add(SharingAgreement draft, AgreementEvent drafted) {
    long id;
    try {
      id =
          jdbc.first(
                  "store a sharing agreement",
                  """
                  INSERT INTO sharing.agreement (provider_id, title, receiving_unit, data_types,
                              purposes, start_time, end_time, days_of_week, legal_basis,
                              decision_number, storage_place, retention_days, starts_on, ends_on,
                              document_sha256, state, ended_as, version, created_by, created_at)
                  VALUES (?, ?, ?, ?, ?, ?::time, ?::time, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                  RETURNING id
                  """,
                  row -> row.longValue("id"),
                  draft.providerId(),
                  draft.title(),
                  draft.receivingUnit().value(),
                  Jdbc.array("varchar", names(draft.dataTypes())),
                  Jdbc.array("varchar", names(draft.purposes())),
                  draft.window().start().toString(),
                  draft.window().end().toString(),
                  Jdbc.array(
                      "int2",
                      draft.window().days().stream()
                          .sorted()
                          .map(d -> (short) d.getValue())
                          .toList()),
                  draft.legalBasis().name(),
                  draft.decisionNumber(),
                  draft.storagePlace().name(),
                  draft.retentionDays(),
                  draft.term().startsOn(),
                  draft.term().endsOn(),
                  draft.documentSha256(),
                  draft.state().name(),
                  draft.endedAs() == null ? null : draft.endedAs().name(),
                  draft.createdBy(),
                  draft.createdAt())
              .orElseThrow();
    } catch (DataAccessFailure failure) {
      if ("23503".equals(failure.sqlState())) {
        throw new SharingRuleException(
            SharingRuleException.INVALID,
            "sharing.agreement.unknownUnit",
            draft.receivingUnit().value());
      }
      throw failure;
    }
    jdbc.update(
        "store an agreement's cameras",
        """
        INSERT INTO sharing.agreement_camera (agreement_id, camera_code)
        SELECT ?, code FROM unnest(?::varchar[]) AS code
        """,
        id,
        Jdbc.array("varchar", draft.cameraCodes()));
    appendEvent(id, drafted);
    return draft.withId(id);
  }

  @Override
  public Optional<SharingAgreement> find(long id) {
    return jdbc.first("read a sharing agreement", COLUMNS + " WHERE a.id = ?", AGREEMENT, id);
  }

  @Override
  public SharingAgreement recordMove(SharingAgreement moved, AgreementEvent event) {
    int changed =
        jdbc.update(
            "move a sharing agreement",
            """
            UPDATE sharing.agreement
               SET state = ?, ended_as = ?, document_sha256 = ?, version = version + 1
             WHERE id = ? AND version = ?
            """,
            moved.state().name(),
            moved.endedAs() == null ? null : moved.endedAs().name(),
            moved.documentSha256(),
            moved.id(),
            moved.version());
    if (changed == 0) {
      throw new SharingRuleException(
          SharingRuleException.CONFLICT, "sharing.agreement.changedMeanwhile", moved.id());
    }
    appendEvent(moved.id(), event);
    return find(moved.id()).orElseThrow();
  }

  private void appendEvent(long agreementId, AgreementEvent event) {
    jdbc.update(
        "write an agreement's timeline",
        """
        INSERT INTO sharing.agreement_event (agreement_id, from_state, to_state, actor, actor_kind,
                    reason, occurred_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        agreementId,
        event.from() == null ? null : event.from().name(),
        event.to().name(),
        event.actor(),
        event.actorKind().name(),
        event.reason(),
        event.at());
  }

  @Override
  public List<AgreementEvent> timeline(long agreementId) {
    return jdbc.list(
        "read an agreement's timeline",
        """
        SELECT id, agreement_id, from_state, to_state, actor, actor_kind, reason, occurred_at
          FROM sharing.agreement_event WHERE agreement_id = ? ORDER BY id
        """,
        EVENT,
        agreementId);
  }

  @Override
  public List<SharingAgreement> covering(String cameraCode) {
    return jdbc.list(
        "read the agreements covering a camera",
        COLUMNS
            + """
             WHERE a.id IN (SELECT agreement_id FROM sharing.agreement_camera WHERE camera_code = ?)
             ORDER BY a.id DESC
            """,
        AGREEMENT,
        cameraCode);
  }

  @Override
  public List<SharingAgreement> page(
      Long providerId, AgreementState state, List<String> units, int offset, int limit) {
    Map<String, Object> where = filters(providerId, state, units);
    List<Object> parameters = new ArrayList<>(where.values());
    parameters.add(limit);
    parameters.add(offset);
    return jdbc.list(
        "list sharing agreements",
        COLUMNS + where(where) + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
        AGREEMENT,
        parameters.toArray());
  }

  @Override
  public long count(Long providerId, AgreementState state, List<String> units) {
    Map<String, Object> where = filters(providerId, state, units);
    return jdbc.first(
            "count sharing agreements",
            "SELECT count(*) AS n FROM sharing.agreement a" + where(where),
            row -> row.longValue("n"),
            where.values().toArray())
        .orElse(0L);
  }

  @Override
  public List<SharingAgreement> pastTerm(LocalDate today) {
    return jdbc.list(
        "find agreements past their term",
        COLUMNS + " WHERE a.state IN ('ACTIVE', 'SUSPENDED') AND a.ends_on < ? ORDER BY a.id",
        AGREEMENT,
        today);
  }

  @Override
  public List<SharingAgreement> endingBy(LocalDate today, LocalDate lastDay) {
    return jdbc.list(
        "find agreements ending soon",
        COLUMNS + " WHERE a.state = 'ACTIVE' AND a.ends_on BETWEEN ? AND ? ORDER BY a.ends_on",
        AGREEMENT,
        today,
        lastDay);
  }

  private static Map<String, Object> filters(
      Long providerId, AgreementState state, List<String> units) {
    Map<String, Object> where = new LinkedHashMap<>();
    if (units != null) {
      where.put("a.receiving_unit = ANY(?)", Jdbc.array("varchar", units));
    }
    if (providerId != null) {
      where.put("a.provider_id = ?", providerId);
    }
    if (state != null) {
      where.put("a.state = ?", state.name());
    }
    return where;
  }

  private static String where(Map<String, Object> where) {
    return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where.keySet());
  }

  static List<String> names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }

  static List<String> strings(Row row, String column) throws SQLException {
    Object value = row.object(column);
    if (value == null) {
      return List.of();
    }
    Object[] items = (Object[]) ((Array) value).getArray();
    List<String> strings = new ArrayList<>(items.length);
    for (Object item : items) {
      strings.add(String.valueOf(item));
    }
    return strings;
  }

  static <E extends Enum<E>> Set<E> enums(Row row, String column, Class<E> type)
      throws SQLException {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : strings(row, column)) {
      values.add(Enum.valueOf(type, name));
    }
    return values;
  }

  private static Set<DayOfWeek> days(Row row) throws SQLException {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String number : strings(row, "days_of_week")) {
      days.add(DayOfWeek.of(Integer.parseInt(number)));
    }
    return days;
  }
}
