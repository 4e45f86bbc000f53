/** Rule packs: a folder of DRL and a manifest per standard and version, found, read, hashed and sealed. */
package org.quarterhour.pack;
