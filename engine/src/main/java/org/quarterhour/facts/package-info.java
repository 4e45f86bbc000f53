/**
 * The facts a rule pack reads and the awards it gives: the only engine types a pack's DRL may name.
 * Geometry is done here, in Java; the rules decide what a reach or a finding is worth.
 */
package org.quarterhour.facts;
