/** A pack's own test cases: an inventory and the outcome, total, categories and items it must get. */
package org.quarterhour.tester;
