package dev.reviewstats.samples.render;

import java.util.List;

/**
 * The forms a review can be rendered in, each with what it is documented to lose: the round-trip
 * property asserts that parsing a rendered review gives back the review less exactly these.
 */
public enum Form {
    /** The review tool's Markdown. Loses nothing the model holds. */
    MARKDOWN(".md", List.of()),
    /** The review tool's HTML page. */
    HTML(".html", List.of(Loss.APPENDIX)),
    /** Text a browser copies from the page: glued tables, bare headings. */
    FLATTENED_GLUED(".txt", List.of(Loss.APPENDIX, Loss.LOCATIONS, Loss.TAGS, Loss.ITEM_TITLES, Loss.TOOL_NAMES)),
    /** Text a crawler extracts: pipe tables kept, pilcrows after headings. */
    FLATTENED_PIPES(".txt", List.of(Loss.APPENDIX, Loss.LOCATIONS, Loss.TAGS, Loss.ITEM_TITLES));

    private final String extension;
    private final List<Loss> losses;

    Form(String extension, List<Loss> losses) {
        this.extension = extension;
        this.losses = List.copyOf(losses);
    }

    /**
     * The file extension of the form, without the dot.
     *
     * @return the extension
     */
    public String extension() {
        return extension;
    }

    /**
     * What the form does not carry.
     *
     * @return the losses
     */
    public List<Loss> losses() {
        return losses;
    }

    /** What a form does not carry. */
    public enum Loss {
        /** The page has no appendix of original reviews. */
        APPENDIX,
        /** Finding locations live in code-file headers that flattening drops. */
        LOCATIONS,
        /** A finding's trailing tags ("regression", "gap") are not carried by the flattened title line. */
        TAGS,
        /** The bold lead of a prose item ("**Single region**: …") is not kept apart from its text. */
        ITEM_TITLES,
        /** Intraword underscores in tool names are eaten as emphasis. */
        TOOL_NAMES
    }
}
