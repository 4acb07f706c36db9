package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Every CSV record we write reads back, by an RFC 4180 reader, as the cells it was given. */
class CsvProperties {
    private static List<String> readBack(String record) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(record)).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0).toList();
    }

    @Property(tries = 1_000)
    void aRawRecordReadsBackAsItsCells(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 20) String> cells) throws IOException {
        String record = Csv.RAW.record(cells);
        assertThat(record).endsWith("\n");
        assertThat(readBack(record)).isEqualTo(cells);
    }

    @Test
    void aSafeRecordReadsBackNeutralisedAndQuotesOnlyWhereNeeded() throws IOException {
        List<String> cells = List.of("S1", "=HYPERLINK(\"x\")", "a, b", "line\nbreak", "-3", "# heading-like title", "");
        String record = Csv.SAFE.record(cells);
        assertThat(record).isEqualTo("S1,\"'=HYPERLINK(\"\"x\"\")\",\"a, b\",\"line\nbreak\",-3,\"# heading-like title\",\n");
        assertThat(readBack(record)).containsExactly("S1", "'=HYPERLINK(\"x\")", "a, b", "line\nbreak", "-3", "# heading-like title", "");
        // An empty first cell is written "" so that a record of one empty cell is not an empty line.
        assertThat(Csv.SAFE.record(List.of("", "x"))).isEqualTo("\"\",x\n");
    }
}
