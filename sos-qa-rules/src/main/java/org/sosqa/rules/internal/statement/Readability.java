package org.sosqa.rules.internal.statement;

/**
 * Plain counts of how hard a statement is to read.
 *
 * <p>Flesch reading ease is {@code 206.835 - 1.015 * words/sentences - 84.6 * syllables/words}; higher
 * is easier (60-70 is plain English; below 30 is very hard). Syllables are estimated by
 * {@link Syllables}: groups of vowels, less a silent final "e" and unsounded "-ed" and "-es"; numbers
 * count one syllable. All values are 0 for a text with no words.
 *
 * @param words words (runs of letters and digits; "step-dad" is two)
 * @param sentences sentences (text ending in ".", "!" or "?", or a paragraph; an unfinished last
 *     sentence counts)
 * @param syllables estimated syllables in all words
 * @param meanWordsPerSentence words divided by sentences
 * @param fleschReadingEase Flesch reading ease, unclamped
 */
public record Readability(int words, int sentences, int syllables, double meanWordsPerSentence,
                          double fleschReadingEase) {

    static final Readability EMPTY = new Readability(0, 0, 0, 0.0, 0.0);

    static Readability of(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return EMPTY;
        }
        double mean = (double) words / sentences;
        double flesch = 206.835 - 1.015 * mean - 84.6 * ((double) syllables / words);
        return new Readability(words, sentences, syllables, mean, flesch);
    }
}
