/** The review-stats command line: one class per subcommand, data on stdout, diagnostics on stderr. */
package dev.reviewstats.cli;
