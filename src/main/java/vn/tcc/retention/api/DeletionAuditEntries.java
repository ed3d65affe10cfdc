package vn.tcc.retention.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * The audit entries an owning module writes for a retention deletion (one helper for every {@link
 * RetentionSource}): per jurisdiction, the ids deleted, as many to an entry as its details hold
 * (2,000 characters), each saying whether the run was manual or scheduled, by whom and approved by
 * whom. One entry per item would append a million entries to the hash chain for a million items,
 * one at a time under its lock; every id is still on the trail, and the run's signed record lists
 * each with its hash and size.
 */
public final class DeletionAuditEntries {
  public static final String ACTION = "RETENTION_DELETED";
  private static final int DETAILS_LIMIT = 2000;

  private DeletionAuditEntries() {}

  public static List<AuditRecord> entries(
      String objectType,
      DataClass dataClass,
      List<RetainedRecord> deleted,
      DeletionContext context) {
    Map<JurisdictionCode, List<String>> byJurisdiction = new LinkedHashMap<>();
    for (RetainedRecord item : deleted) {
      byJurisdiction
          .computeIfAbsent(item.jurisdiction(), j -> new ArrayList<>())
          .add(item.itemId());
    }
    String head = context.auditDetail() + " class=" + dataClass + " items=";
    List<AuditRecord> entries = new ArrayList<>();
    for (Map.Entry<JurisdictionCode, List<String>> group : byJurisdiction.entrySet()) {
      List<String> chunk = new ArrayList<>();
      int length = head.length();
      for (String id : group.getValue()) {
        if (!chunk.isEmpty() && length + 1 + id.length() > DETAILS_LIMIT) {
          entries.add(entry(objectType, group.getKey(), head, chunk));
          chunk = new ArrayList<>();
          length = head.length();
        }
        length += (chunk.isEmpty() ? 0 : 1) + id.length();
        chunk.add(id);
      }
      entries.add(entry(objectType, group.getKey(), head, chunk));
    }
    return entries;
  }

  private static AuditRecord entry(
      String objectType, JurisdictionCode jurisdiction, String head, List<String> ids) {
    return new AuditRecord(
        ACTION,
        objectType,
        ids.size() == 1 ? ids.get(0) : null,
        jurisdiction,
        null,
        false,
        AuditOutcome.SUCCESS,
        head + String.join(",", ids));
  }
}
