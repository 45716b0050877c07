package dev.copydesk.index;

/** An entity across the index: its canonical name, its type, and how many articles mention it. */
public record EntitySummary(String canonical, String type, long articles) {
}
