package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VehicleClassTest {
  @Test
  void cars_and_motorcycles_reported_by_event_sources_map_and_others_wait_for_an_officer() {
    assertEquals(Optional.of(VehicleClass.CAR), VehicleClass.fromEventVehicleClass("CAR"));
    assertEquals(
        Optional.of(VehicleClass.MOTORBIKE), VehicleClass.fromEventVehicleClass("motorcycle"));
    assertEquals(Optional.empty(), VehicleClass.fromEventVehicleClass("TRUCK"));
    assertEquals(Optional.empty(), VehicleClass.fromEventVehicleClass(null));
  }
}
