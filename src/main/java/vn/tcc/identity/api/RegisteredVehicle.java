package vn.tcc.identity.api;

/**
 * The vehicle as the registration agency records it: the plate in its printed form (e.g. {@code
 * 81A-123.45}, {@code 77-C1 123.45}), the class ({@code CAR}, {@code MOTORBIKE}, ...), the brand
 * and model, and the colour as registered (in Vietnamese). Lets the officer compare the photo with
 * the registration before a notice goes out.
 */
public record RegisteredVehicle(String plate, String vehicleClass, String brand, String colour) {}
