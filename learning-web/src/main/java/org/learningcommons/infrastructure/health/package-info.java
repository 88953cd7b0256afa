/** MicroProfile Health: ready when the database and the directory answer; live while running. */
package org.learningcommons.infrastructure.health;
