package vn.tcc.event.api;

import java.util.Collection;
import java.util.Map;
import vn.tcc.retention.api.CaseLink;

/**
 * Which violation cases hold these events, and where those cases stand: what the retention of an
 * event's evidence depends on. The module that keeps the cases (violation) implements it, so this
 * module lists its evidence files with their cases without knowing the cases' tables, and the
 * dependency keeps its direction (violation uses event, never the other way).
 */
public interface ViolationCaseLinks {
  /** The case of each of these events that belongs to one, by event id; others are absent. */
  Map<Long, CaseLink> casesOf(Collection<Long> eventIds);
}
