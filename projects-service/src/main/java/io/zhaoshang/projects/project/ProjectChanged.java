package io.zhaoshang.projects.project;

/**
 * Fired (CDI, synchronously, in the transaction of the change, the project's row locked) when a project
 * or what hangs on it changed: created, moved, updated, a milestone progressed, capital arrived, parks
 * answered about its land. The warnings observe it, so that a change raises or resolves at once what
 * it brings about instead of waiting for the next warning check.
 */
public record ProjectChanged(Project project) {
}
