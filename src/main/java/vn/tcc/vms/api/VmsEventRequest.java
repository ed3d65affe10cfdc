package vn.tcc.vms.api;

import java.time.Duration;

/** An event or bookmark TCC asks the VMS to record: cause, notes and how long to keep it open. */
public record VmsEventRequest(String cause, String notes, Duration length, int score) {}
