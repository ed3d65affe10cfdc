/**
 * The video management systems behind TCC: the adapter port any VMS implements (ZoneMinder is the
 * real one), the connections to them, camera health from their status, evidence fetched from them,
 * and the ingestion of events that regional server clusters and intermediate devices detect.
 */
package vn.tcc.vms;
