/**
 * The ledger: every verdict appended to a hash-chained folder of plain JSON files with its inventory and pack snapshot
 * in a content-addressed store, verified byte for byte, and replayed from the record alone.
 */
package org.quarterhour.ledger;
