package io.zhaoshang.leads.leadimport;

/** RUNNING while its rows are imported (the request is still open), then COMPLETED. */
public enum ImportStatus {
    RUNNING, COMPLETED
}
