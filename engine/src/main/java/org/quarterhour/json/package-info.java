/** JSON as quarterhour writes it: one pretty form for people and one canonical form for hashing. */
package org.quarterhour.json;
