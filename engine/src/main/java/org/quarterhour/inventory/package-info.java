/** The community inventory: YAML read into an immutable model, with every error found at its file, line and column. */
package org.quarterhour.inventory;
