package dev.hotlist.domain;

/** A lead with its score and its place (1 = call first) in a ranked list. */
public record RankedLead(int rank, Lead lead, LeadScore score) {
}
