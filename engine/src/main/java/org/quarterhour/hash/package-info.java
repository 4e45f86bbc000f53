/** Content fingerprints. */
package org.quarterhour.hash;
