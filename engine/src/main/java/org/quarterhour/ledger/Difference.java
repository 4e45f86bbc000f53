package org.quarterhour.ledger;

/** One field that differs between the recorded verdict and a replay: its path, and each side as JSON ("absent" if none). */
public record Difference(String path, String recorded, String replayed) {
}
