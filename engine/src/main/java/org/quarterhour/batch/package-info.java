/** Many communities at once: score and write each verdict, forget it, and keep only the counters of a district roll-up. */
package org.quarterhour.batch;
