package vn.tcc.violation.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.shared.time.TccTime;

/**
 * The deadlines of a cold fine (Circular 73/2024 Art. 24) and the late-payment fee.
 *
 * <p>Days are calendar days in Vietnam (Asia/Ho_Chi_Minh). A period of N days starts the day after
 * the event and ends with the Nth day, included: detected on 1 March, the owner must be identified
 * by the end of 11 March, and the deadline is overdue from 12 March 00:00. The Civil Code moves a
 * deadline that ends on a weekend or public holiday to the next working day; that is not applied
 * here (it needs the holiday calendar), so a deadline may show as overdue a day or two early.
 */
public final class CaseDeadlines {
  /** Identify vehicle and owner within this many days of detection. */
  public static final int IDENTIFICATION_DAYS = 10;

  /** Days after the notice without a response before the registration agency is warned. */
  public static final int RESPONSE_DAYS = 20;

  /** Pay within this many days of the penalty decision. */
  public static final int PAYMENT_DAYS = 10;

  /** 0.05 % of the fine per late day, as parts per ten thousand. */
  public static final long LATE_FEE_PER_TEN_THOUSAND_PER_DAY = 5;

  public enum Deadline {
    /** The owner is not identified 10 days after detection: escalate. */
    IDENTIFICATION,
    /** No response 20 days after the notice: warn {@link Overdue#warn()}. */
    RESPONSE,
    /** The fine is not paid 10 days after the penalty decision: the late fee runs. */
    PAYMENT
  }

  /** Who is warned when a notice goes unanswered. */
  public enum WarningRecipient {
    /** The vehicle registration agency (cơ quan đăng ký xe). */
    REGISTRATION_AGENCY,
    /** The police of the commune where the owner lives (công an cấp xã); motorbikes only. */
    COMMUNE_POLICE
  }

  /**
   * A deadline that has passed.
   *
   * @param dueOn the last day of the period
   * @param daysLate whole days since {@code dueOn}: 1 on the first late day
   * @param warn who must be warned; empty except for {@link Deadline#RESPONSE}
   */
  public record Overdue(
      Deadline deadline, LocalDate dueOn, long daysLate, List<WarningRecipient> warn) {
    public Overdue {
      warn = List.copyOf(warn);
    }
  }

  private CaseDeadlines() {}

  public static LocalDate identificationDue(Instant detectedAt) {
    return day(detectedAt).plusDays(IDENTIFICATION_DAYS);
  }

  public static LocalDate responseDue(Instant noticeIssuedAt) {
    return day(noticeIssuedAt).plusDays(RESPONSE_DAYS);
  }

  public static LocalDate paymentDue(Instant penaltyDecidedAt) {
    return day(penaltyDecidedAt).plusDays(PAYMENT_DAYS);
  }

  /** The registration agency, and for motorbikes also the commune police. */
  public static List<WarningRecipient> warningRecipients(VehicleClass vehicleClass) {
    return vehicleClass == VehicleClass.MOTORBIKE
        ? List.of(WarningRecipient.REGISTRATION_AGENCY, WarningRecipient.COMMUNE_POLICE)
        : List.of(WarningRecipient.REGISTRATION_AGENCY);
  }

  /** Whole days from {@code dueOn} to the day of {@code at} in Vietnam; 0 when not late. */
  public static long daysLate(LocalDate dueOn, Instant at) {
    return Math.max(0, ChronoUnit.DAYS.between(dueOn, day(at)));
  }

  /**
   * The late fee: 0.05 % of the fine per day late, counted from the day after the due date, rounded
   * down to the whole đồng once on the total (never charging a fraction the law did not ask for).
   */
  public static long lateFeeVnd(long fineVnd, long daysLate) {
    if (fineVnd < 0 || daysLate < 0) {
      throw new IllegalArgumentException("A fine and a delay are not negative");
    }
    return Math.multiplyExact(
            Math.multiplyExact(fineVnd, daysLate), LATE_FEE_PER_TEN_THOUSAND_PER_DAY)
        / 10_000;
  }

  /**
   * The late fee owed on a fine decided at {@code penaltyDecidedAt} and paid (or still unpaid) at
   * {@code paidOrNow}.
   */
  public static long lateFeeVnd(long fineVnd, Instant penaltyDecidedAt, Instant paidOrNow) {
    return lateFeeVnd(fineVnd, daysLate(paymentDue(penaltyDecidedAt), paidOrNow));
  }

  /**
   * Every deadline of the case that has passed at {@code at} without what it waits for having
   * happened by then. A response to the notice is the violator's answer or, failing that, a penalty
   * decision (he cannot be decided against without coming forward). Nothing is overdue once the
   * case is closed or rejected.
   */
  public static List<Overdue> overdueAt(CaseDates dates, Instant at) {
    List<Overdue> overdue = new ArrayList<>();
    if (happened(dates.closedAt(), at)) {
      return overdue;
    }
    if (!happened(dates.ownerIdentifiedAt(), at)) {
      add(overdue, Deadline.IDENTIFICATION, identificationDue(dates.detectedAt()), at, List.of());
    }
    if (happened(dates.noticeIssuedAt(), at)
        && !happened(dates.respondedAt(), at)
        && !happened(dates.penaltyDecidedAt(), at)) {
      add(
          overdue,
          Deadline.RESPONSE,
          responseDue(dates.noticeIssuedAt()),
          at,
          warningRecipients(dates.vehicleClass()));
    }
    if (happened(dates.penaltyDecidedAt(), at) && !happened(dates.paidAt(), at)) {
      add(overdue, Deadline.PAYMENT, paymentDue(dates.penaltyDecidedAt()), at, List.of());
    }
    return overdue;
  }

  private static void add(
      List<Overdue> overdue,
      Deadline deadline,
      LocalDate dueOn,
      Instant at,
      List<WarningRecipient> warn) {
    long late = daysLate(dueOn, at);
    if (late > 0) {
      overdue.add(new Overdue(deadline, dueOn, late, warn));
    }
  }

  private static boolean happened(Instant moment, Instant at) {
    return moment != null && !moment.isAfter(at);
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, TccTime.ZONE);
  }
}
