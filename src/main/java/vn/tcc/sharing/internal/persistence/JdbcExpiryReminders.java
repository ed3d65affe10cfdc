package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.sharing.internal.domain.ExpiryReminder;
import vn.tcc.sharing.internal.domain.ExpiryReminders;

/** The reminders in {@code sharing.reminder}; unique per agreement, kind and last day. */
@ApplicationScoped
public class JdbcExpiryReminders implements ExpiryReminders {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public boolean raise(ExpiryReminder reminder) {
    return jdbc.update(
            "raise an expiry reminder",
            """
            INSERT INTO sharing.reminder (agreement_id, kind, ends_on, raised_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (agreement_id, kind, ends_on) DO NOTHING
            """,
            reminder.agreementId(),
            reminder.kind().name(),
            reminder.endsOn(),
            reminder.raisedAt())
        == 1;
  }

  @Override
  public List<ExpiryReminder> newest(int limit) {
    return jdbc.list(
        "read the expiry reminders",
        """
        SELECT id, agreement_id, kind, ends_on, raised_at
          FROM sharing.reminder ORDER BY raised_at DESC, id DESC LIMIT ?
        """,
        row ->
            new ExpiryReminder(
                row.longValue("id"),
                row.longValue("agreement_id"),
                ExpiryReminder.Kind.valueOf(row.string("kind")),
                row.date("ends_on"),
                row.instant("raised_at")),
        limit);
  }
}
