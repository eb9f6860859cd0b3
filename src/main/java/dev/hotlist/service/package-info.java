/**
 * What the app and the command line can do, behind one interface, {@link dev.hotlist.service.Hotlist}:
 * import (sheets → store, one transaction), rank (store → scoring, for an as-of day), export, work the list.
 * {@link dev.hotlist.service.LocalHotlist} implements it on a local SQLite file.
 */
package dev.hotlist.service;
