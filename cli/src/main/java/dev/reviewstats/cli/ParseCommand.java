package dev.reviewstats.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.parse.Reduced;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code review-stats parse PATH...}: the model as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse review reports and print them as JSON (see docs/json.md for the fields).")
final class ParseCommand extends SourcesCommand {
    @Option(names = "--jsonl", description = "One review per line instead of a JSON array.")
    boolean jsonl;

    @Option(names = "--skipped", description = "Also print the inputs that gave no review: {\"reviews\": [...], \"skipped\": [...]}"
            + " instead of a bare array; with --jsonl, each line is {\"review\": {...}} or {\"skipped\": {...}}.")
    boolean withSkipped;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        var mapper = ReviewJson.mapper();
        var compact = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
        // Each review's JSON goes to disk as it is parsed and comes back one at a time: memory stays
        // flat however many reviews there are.
        try (Spool spool = Spool.create()) {
            Reduced<Spool.Piece> result = Inputs.reduce(sources.paths, err, sources.load, r -> spool.write(json(compact, ReviewJson.toJson(r))));
            if (jsonl) {
                for (Spool.Piece p : result.values()) {
                    String review = spool.read(p);
                    out.println(withSkipped ? "{\"review\":" + review + "}" : review);
                }
                if (withSkipped) {
                    for (var s : result.skipped()) {
                        out.println(json(compact, mapper.createObjectNode().set("skipped", ReviewJson.skipped(s))));
                    }
                }
            } else {
                JsonGenerator gen = mapper.writer().createGenerator(out);
                gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                if (withSkipped) {
                    gen.writeStartObject();
                    gen.writeFieldName("reviews");
                }
                gen.writeStartArray();
                for (Spool.Piece p : result.values()) {
                    gen.writeTree(mapper.readTree(spool.read(p)));
                }
                gen.writeEndArray();
                if (withSkipped) {
                    gen.writeFieldName("skipped");
                    gen.writeStartArray();
                    for (var s : result.skipped()) {
                        gen.writeTree(ReviewJson.skipped(s));
                    }
                    gen.writeEndArray();
                    gen.writeEndObject();
                }
                gen.flush();
                out.println();
            }
            return Inputs.finish(out, err, result.skipped()).code();
        }
    }

    private static String json(com.fasterxml.jackson.databind.ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
