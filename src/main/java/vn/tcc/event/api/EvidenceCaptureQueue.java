package vn.tcc.event.api;

import vn.tcc.event.api.EventEvidence.CaptureStatus;

/**
 * The capture of an event's evidence from the VMS of its camera, which the VMS integration does (it
 * implements this): the event module shows where a capture stands and asks for it again, but never
 * talks to a VMS itself.
 */
public interface EvidenceCaptureQueue {
  CaptureStatus status(long eventId);

  /** Queues the capture, or queues it again if it failed or was skipped. */
  void requestAgain(long eventId, String requestedBy);
}
