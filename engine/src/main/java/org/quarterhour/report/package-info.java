/** What people read: the verdict as a terminal table, as JSON, and as the map (一刻钟便民生活地图) — and, later, the filled sheet. */
package org.quarterhour.report;
