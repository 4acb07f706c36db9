package dev.reviewstats.parse;

import dev.reviewstats.internal.flattened.FlattenedFrontEnd;
import dev.reviewstats.internal.html.HtmlFrontEnd;
import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.internal.outline.FrontEnd;
import dev.reviewstats.model.SourceForm;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The front end of each form. A front end is made on first use and then shared (they are stateless):
 * a run answered from the parse cache never loads flexmark or jsoup at all. A new form is one more
 * entry here and one more {@link FrontEnd}; nothing else in the pipeline names a form.
 */
final class FrontEnds {
    private static final Map<SourceForm, Supplier<FrontEnd>> MAKERS = new EnumMap<>(Map.of(
            SourceForm.MARKDOWN, () -> new MarkdownFrontEnd(),
            SourceForm.HTML, () -> new HtmlFrontEnd(),
            SourceForm.FLATTENED_TEXT, () -> new FlattenedFrontEnd()));
    private static final Map<SourceForm, FrontEnd> MADE = new ConcurrentHashMap<>();

    private FrontEnds() {
    }

    /** The front end that reads {@code form}, or empty for a form no front end reads. */
    static Optional<FrontEnd> of(SourceForm form) {
        Supplier<FrontEnd> maker = MAKERS.get(form);
        return maker == null ? Optional.empty() : Optional.of(MADE.computeIfAbsent(form, f -> maker.get()));
    }

}
