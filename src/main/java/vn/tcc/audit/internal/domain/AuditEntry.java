package vn.tcc.audit.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail, as stored. Entries are never changed or removed (the database
 * refuses it); each holds the hash of the one before it, so a row altered behind the application's
 * back breaks the chain at that row.
 */
@Entity
@Table(name = "entry", schema = "audit")
public class AuditEntry {
  @Id private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(name = "actor_kind", nullable = false)
  private String actorKind;

  @Column(nullable = false)
  private String action;

  @Column(name = "object_type")
  private String objectType;

  @Column(name = "object_id")
  private String objectId;

  private String jurisdiction;
  private String purpose;

  @Column(name = "personal_data", nullable = false)
  private boolean personalData;

  @Column(nullable = false)
  private String outcome;

  @Column(name = "client_address")
  private String clientAddress;

  @Column(name = "request_id")
  private String requestId;

  private String details;

  @Column(name = "prev_hash", nullable = false)
  private String prevHash;

  @Column(nullable = false)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(AuditEntryContent content, String prevHash) {
    this.seq = content.seq();
    this.occurredAt = content.occurredAt();
    this.actor = content.actor();
    this.actorKind = content.actorKind();
    this.action = content.action();
    this.objectType = content.objectType();
    this.objectId = content.objectId();
    this.jurisdiction = content.jurisdiction();
    this.purpose = content.purpose();
    this.personalData = content.personalData();
    this.outcome = content.outcome();
    this.clientAddress = content.clientAddress();
    this.requestId = content.requestId();
    this.details = content.details();
    this.prevHash = prevHash;
    this.hash = AuditChain.hash(prevHash, content);
  }

  public AuditEntryContent content() {
    return new AuditEntryContent(
        seq,
        occurredAt,
        actor,
        actorKind,
        action,
        objectType,
        objectId,
        jurisdiction,
        purpose,
        personalData,
        outcome,
        clientAddress,
        requestId,
        details);
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
