/** A bureau's authoring tools over whole packs: what changed between two versions, and a new pack from a sheet. */
package org.quarterhour.authoring;
