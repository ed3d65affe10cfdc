package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.DataAccessFailure;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.ProviderKind;
import vn.tcc.sharing.internal.domain.Providers;
import vn.tcc.sharing.internal.domain.SharingRuleException;

/** The providers in {@code sharing.provider}. */
@ApplicationScoped
public class JdbcProviders implements Providers {
  private static final String COLUMNS =
      """
      SELECT id, code, kind, name, jurisdiction_code, tax_code, camera_owner_code, contact_name,
             contact_phone, contact_email, contact_sealed, created_by, created_at
        FROM sharing.provider
      """;

  static final RowMapper<Provider> PROVIDER =
      row ->
          new Provider(
              row.longValue("id"),
              row.string("code"),
              ProviderKind.valueOf(row.string("kind")),
              row.string("name"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.string("tax_code"),
              row.string("camera_owner_code"),
              row.string("contact_sealed") != null
                  ? SealedContacts.open(row.string("contact_sealed"), row.string("code"))
                  : new Provider.ContactPerson(
                      row.string("contact_name"),
                      row.string("contact_phone"),
                      row.string("contact_email")),
              row.string("created_by"),
              row.instant("created_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Provider add(Provider provider) {
    try {
      long id =
          jdbc.first(
                  "register a data provider",
                  """
                  INSERT INTO sharing.provider (code, kind, name, jurisdiction_code, tax_code,
                              camera_owner_code, contact_sealed, created_by, created_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (code) DO NOTHING
                  RETURNING id
                  """,
                  row -> row.longValue("id"),
                  provider.code(),
                  provider.kind().name(),
                  provider.name(),
                  provider.jurisdiction().value(),
                  provider.taxCode(),
                  provider.cameraOwnerCode(),
                  SealedContacts.seal(provider.contact(), provider.code()),
                  provider.createdBy(),
                  provider.createdAt())
              .orElseThrow(
                  () ->
                      new SharingRuleException(
                          SharingRuleException.CONFLICT,
                          "sharing.provider.codeTaken",
                          provider.code()));
      return provider.withId(id);
    } catch (DataAccessFailure failure) {
      if ("23503".equals(failure.sqlState())) {
        // The jurisdiction is not one of the province's.
        throw new SharingRuleException(
            SharingRuleException.INVALID,
            "sharing.provider.unknownJurisdiction",
            provider.jurisdiction().value());
      }
      throw failure;
    }
  }

  @Override
  public Optional<Provider> byCode(String code) {
    return jdbc.first("read a data provider", COLUMNS + " WHERE code = ?", PROVIDER, code);
  }

  @Override
  public Optional<Provider> byId(long id) {
    return jdbc.first("read a data provider", COLUMNS + " WHERE id = ?", PROVIDER, id);
  }

  /**
   * Seals the contacts still stored in plain (rows written before encryption, the demo's SQL) and
   * clears the plain copy; answers how many. Each row in its own statement: one that fails stays
   * plain and readable.
   */
  @Override
  public int sealPlainContacts() {
    List<Provider> plain =
        jdbc.list(
            "find the providers whose contact is not sealed",
            COLUMNS + " WHERE contact_sealed IS NULL ORDER BY id",
            PROVIDER);
    int sealed = 0;
    for (Provider provider : plain) {
      sealed +=
          jdbc.update(
              "seal a provider's contact",
              """
              UPDATE sharing.provider
                 SET contact_sealed = ?, contact_name = NULL, contact_phone = NULL,
                     contact_email = NULL
               WHERE id = ? AND contact_sealed IS NULL
              """,
              SealedContacts.seal(provider.contact(), provider.code()),
              provider.id());
    }
    return sealed;
  }

  @Override
  public List<Provider> all() {
    return jdbc.list("list the data providers", COLUMNS + " ORDER BY name, id", PROVIDER);
  }
}
