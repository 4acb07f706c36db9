package dev.reviewstats.cli;

import picocli.CommandLine.Mixin;

/** A command over the reports its PATH arguments name, one or more, loaded as {@link LoadOptions} say. */
abstract class SourcesCommand extends OutputCommand {
    @Mixin
    Sources sources = new Sources();
}
