/** Where a community falls short and the fewest facilities that would lift its grade, found by re-scoring what-ifs. */
package org.quarterhour.plan;
