/** What people read: the verdict as a terminal table, as JSON, and as the standard's sheet filled in (xlsx). */
package org.quarterhour.report;
