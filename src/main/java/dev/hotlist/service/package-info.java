/**
 * What the app and the command line can do, behind one interface, {@link dev.hotlist.service.Hotlist}:
 * import (sheets → store, one transaction), rank (store → scoring, for an as-of day), export, work the list, and in
 * team mode claim leads, save edits against the version seen ({@link dev.hotlist.domain.EditOutcome}) and hear of
 * others' changes. {@link dev.hotlist.service.LocalHotlist} implements it on either store (a SQLite file or a team's
 * PostgreSQL server, named by a {@link dev.hotlist.service.DatabaseLocation}); the name predates team mode.
 */
package dev.hotlist.service;
