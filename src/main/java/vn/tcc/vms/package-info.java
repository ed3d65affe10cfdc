/**
 * The video management systems behind TCC: the adapter port any VMS implements (ZoneMinder is the
 * real one), the connections to them, camera health from their status, the linking of registry
 * cameras to the VMS's own, and the capture of an event's evidence from the VMS. Events a VMS
 * records itself are reported to the event module through {@link vn.tcc.event.api} ({@code
 * EventIntake}), and captured files go there too ({@code EvidenceDeposit}); ingestion, the
 * quarantine and the evidence store are that module's.
 */
package vn.tcc.vms;
