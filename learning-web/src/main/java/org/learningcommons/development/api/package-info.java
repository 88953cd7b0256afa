/**
 * The REST API of the record of development: my record and a person's record (JSON and PDF), my
 * external learning with its evidence, verification by managers and HR, my goals and managers'
 * comments, my team, and HR's completion import (CSV).
 */
package org.learningcommons.development.api;
