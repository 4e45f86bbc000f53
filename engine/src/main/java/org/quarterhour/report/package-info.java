/** What people read: the verdict as a terminal table (and, later, the filled sheet and the map). */
package org.quarterhour.report;
