package dev.reviewstats.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code review-stats parse PATH...}: the model as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse review reports and print them as JSON (see docs/json.md for the fields).")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths;

    @Option(names = "--jsonl", description = "One review per line instead of a JSON array.")
    boolean jsonl;

    @Option(names = "--skipped", description = "Also print the inputs that gave no review: {\"reviews\": [...], \"skipped\": [...]}"
            + " instead of a bare array; with --jsonl, each line is {\"review\": {...}} or {\"skipped\": {...}}.")
    boolean withSkipped;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = Inputs.load(paths, err, load);
        var mapper = ReviewJson.mapper();
        if (jsonl) {
            var compact = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
            for (Review r : result.reviews()) {
                ObjectNode json = ReviewJson.toJson(r);
                out.println(compact.writeValueAsString(withSkipped ? mapper.createObjectNode().set("review", json) : json));
            }
            if (withSkipped) {
                for (var s : result.skipped()) {
                    out.println(compact.writeValueAsString(mapper.createObjectNode().set("skipped", ReviewJson.skipped(s))));
                }
            }
        } else {
            ArrayNode reviews = mapper.createArrayNode();
            result.reviews().forEach(r -> reviews.add(ReviewJson.toJson(r)));
            if (withSkipped) {
                ObjectNode root = mapper.createObjectNode();
                root.set("reviews", reviews);
                ArrayNode skipped = root.putArray("skipped");
                result.skipped().forEach(s -> skipped.add(ReviewJson.skipped(s)));
                out.println(mapper.writeValueAsString(root));
            } else {
                out.println(mapper.writeValueAsString(reviews));
            }
        }
        return Inputs.finish(out, err, result.skipped()).code();
    }
}
