package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.Reminder;
import vn.tcc.reporting.internal.domain.Reminders;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.shared.persistence.Jdbc;

/** Reminders in {@code reporting.reminder}; the unique key makes a second timer tick a no-op. */
@ApplicationScoped
public class JdbcReminders implements Reminders {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public boolean record(
      String unitCode, String formCode, ReportingPeriod period, Reminder.Kind kind, Instant at) {
    return jdbc.update(
            "record a reminder",
            """
            INSERT INTO reporting.reminder (unit_code, form_code, period_key, kind, due_on, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (unit_code, form_code, period_key, kind) DO NOTHING
            """,
            unitCode,
            formCode,
            period.key(),
            kind.name(),
            period.dueOn(),
            at)
        == 1;
  }

  @Override
  public List<Reminder> recent(String unitCode, int limit) {
    return jdbc.list(
        "read reminders",
        """
        SELECT id, unit_code, form_code, period_key, kind, due_on, created_at
          FROM reporting.reminder
         WHERE ?::text IS NULL OR unit_code = ?
         ORDER BY created_at DESC, id DESC
         LIMIT ?
        """,
        row ->
            new Reminder(
                row.longValue("id"),
                row.string("unit_code"),
                row.string("form_code"),
                row.string("period_key"),
                Reminder.Kind.valueOf(row.string("kind")),
                row.date("due_on"),
                row.instant("created_at")),
        unitCode,
        unitCode,
        limit);
  }
}
