/** What people read: the verdict as a terminal table, as JSON, as the standard's sheet filled in (xlsx) and as the map (一刻钟便民生活地图). */
package org.quarterhour.report;
