package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sosqa.core.inquiry.InquiryRecords;
import org.sosqa.core.inquiry.PracticeVocabulary;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.LeadershipRecords;

/** The JSON examples in docs/appreciative-inquiry.md and docs/leadership.md are valid documents. */
class PracticeLearningDocsTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private static List<String> examples(String name) throws IOException {
        Path path = Path.of("../docs", name);
        if (!Files.exists(path)) {
            path = Path.of("docs", name);
        }
        Matcher m = JSON_BLOCK.matcher(Files.readString(path));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theInquiryExampleIsValid() throws IOException {
        List<String> blocks = examples("appreciative-inquiry.md");
        assertEquals(1, blocks.size());
        var batch = InquiryRecords.using(PracticeVocabulary.defaults()).read("doc", blocks.get(0));
        assertTrue(batch.allValid(), () -> batch.invalid().toString());
        assertEquals(1, batch.records().size());
    }

    @Test
    void theLeadershipExamplesAreValid() throws IOException {
        List<String> blocks = examples("leadership.md");
        assertEquals(3, blocks.size());
        var time = LeadershipRecords.using(ActivityCatalogue.defaults()).readTime("doc", blocks.get(0));
        assertTrue(time.allValid(), () -> time.invalid().toString());
        assertEquals(2220, time.records().get(0).totalMinutes(), "a 37-hour week");
        var targets = LeadershipRecords.readTargets("doc", blocks.get(1));
        assertTrue(targets.invalid().isEmpty(), () -> targets.invalid().toString());
        assertEquals(2, targets.targets().percentByRole().size());
        var ratings = LeadershipRecords.readRatings("doc", blocks.get(2));
        assertTrue(ratings.allValid(), () -> ratings.invalid().toString());
    }
}
