package vn.tcc.violation.internal.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The vehicle classes the fine table distinguishes: cars (ô tô) and motorbikes (mô tô, xe gắn máy)
 * have their own articles and amounts in Decree 168/2024.
 */
public enum VehicleClass {
  CAR,
  MOTORBIKE;

  /**
   * The class for the vehicle class an event source reported ({@code AcceptedEvent.vehicleClass}):
   * CAR and MOTORCYCLE map; the others (TRUCK, BUS, VAN, TRAILER, OTHER) and a missing one give
   * empty, and an officer chooses. Trucks and buses may well fall under the car article, but the
   * brief does not say so and a wrong class means a wrong fine.
   */
  public static Optional<VehicleClass> fromEventVehicleClass(String reported) {
    if (reported == null) {
      return Optional.empty();
    }
    return switch (reported.strip().toUpperCase(Locale.ROOT)) {
      case "CAR" -> Optional.of(CAR);
      case "MOTORCYCLE", "MOTORBIKE" -> Optional.of(MOTORBIKE);
      default -> Optional.empty();
    };
  }
}
