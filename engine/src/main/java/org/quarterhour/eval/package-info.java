/** Compiles a pack's DRL and runs it over a community's facts: the only package that speaks to Drools. */
package org.quarterhour.eval;
