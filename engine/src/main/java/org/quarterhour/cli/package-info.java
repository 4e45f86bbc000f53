/** The command line: thin commands that parse options, make one library call and map the result to an exit status. */
package org.quarterhour.cli;
