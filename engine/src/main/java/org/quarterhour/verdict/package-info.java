/** The verdict: one community under one standard version, every point explained; and how outcomes are decided. */
package org.quarterhour.verdict;
